"""Reading documents and writing records for `metricner extract`.

- `decode`: bytes of a text file -> the original text (UTF-8, UTF-8 with BOM,
  UTF-16/32 with BOM, or a named encoding); unreadable files say why.
- `readers`: INPUT arguments (.txt files, folders, JSONL documents, "-") ->
  a lazy stream of `metricner.pipeline.Document`, bad inputs as documents with
  an `error`, duplicate doc_ids caught.
- `formats`: a record or an error row as JSONL or CSV bytes.
- `output`: atomic output (`<out>.partial` + `<out>.journal`, renamed when
  complete) and `--resume`.
"""
from metricner.io.decode import DecodeError, decode_text
from metricner.io.formats import CSV_COLUMNS, csv_header, csv_row, error_row, jsonl_line, record_from_csv
from metricner.io.readers import iter_documents, unique_ids
from metricner.io.output import JournalError, Output, open_output

__all__ = [
    "DecodeError", "decode_text", "iter_documents", "unique_ids",
    "CSV_COLUMNS", "csv_header", "csv_row", "error_row", "jsonl_line", "record_from_csv",
    "Output", "JournalError", "open_output",
]
