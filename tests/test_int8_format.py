"""Which int8 format the CPU gets: u8u8 on x86 with AVX2 and no VNNI, where
ONNX Runtime's u8s8 kernel saturates; u8s8 everywhere else."""
from __future__ import annotations

import pytest

from metricner.model.onnx_runtime import cache_path, cpu_flags, int8_format


@pytest.fixture(autouse=True)
def no_override(monkeypatch):
    monkeypatch.delenv("METRICNER_INT8_FORMAT", raising=False)


# (machine, cpu flags, expected format)
CPUS = [
    ("x86_64", {"sse2", "avx", "avx2", "fma"}, "u8u8"),                         # AVX2, no VNNI
    ("x86_64", {"avx2", "avx512f", "avx512bw"}, "u8u8"),                       # AVX-512 without VNNI
    ("x86_64", {"avx2", "avx512f", "avx512bw", "avx512_vnni"}, "u8s8"),        # AVX-512 VNNI
    ("x86_64", {"avx2", "avx_vnni"}, "u8s8"),                                  # AVX-VNNI
    ("x86_64", {"avx2", "amx_int8", "avx512_vnni"}, "u8s8"),
    ("AMD64", {"avx2"}, "u8u8"),
    ("x86_64", {"sse2", "sse4_2"}, "u8s8"),                                    # no AVX2: another kernel
    ("x86_64", set(), "u8s8"),                                                 # no flags read
    ("aarch64", {"asimd", "asimddp"}, "u8s8"),
    ("arm64", set(), "u8s8"),
]


@pytest.mark.parametrize("machine,flags,expected", CPUS)
def test_int8_format_by_cpu(machine, flags, expected):
    assert int8_format(flags=flags, machine=machine) == expected


@pytest.mark.parametrize("wanted", ["u8s8", "u8u8"])
def test_the_environment_overrides_the_cpu(monkeypatch, wanted):
    monkeypatch.setenv("METRICNER_INT8_FORMAT", wanted)
    assert int8_format(flags={"avx2"}, machine="x86_64") == wanted
    assert int8_format(flags={"avx2", "avx512_vnni"}, machine="x86_64") == wanted


def test_an_unknown_override_is_refused(monkeypatch):
    monkeypatch.setenv("METRICNER_INT8_FORMAT", "int4")
    with pytest.raises(ValueError, match="METRICNER_INT8_FORMAT='int4': expected one of u8s8, u8u8"):
        int8_format(flags={"avx2"}, machine="x86_64")


def test_cpu_flags_read_from_cpuinfo(tmp_path):
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nflags\t\t: fpu avx2 fma\n\nprocessor\t: 1\nflags\t\t: fpu avx2 fma\n")
    assert cpu_flags(info) == {"fpu", "avx2", "fma"}
    assert cpu_flags(tmp_path / "absent") is None
    (tmp_path / "empty").write_text("processor\t: 0\n")
    assert cpu_flags(tmp_path / "empty") is None


def test_each_format_has_its_own_cached_graph(tmp_path):
    paths = {cache_path("ab" * 32, 4, int8=i8, folder=tmp_path, int8_kind=k)
             for i8, k in ((False, "u8s8"), (True, "u8s8"), (True, "u8u8"))}
    assert len(paths) == 3
    # graphs cached before formats existed are the u8s8 ones, found under their old name
    assert cache_path("ab" * 32, 4, int8=True, folder=tmp_path).name == f"encoder-f1-4l-int8-{'ab' * 10}.onnx"
