"""``import claimcheck`` gives the public functions, whatever was imported before."""

from __future__ import annotations

import subprocess
import sys


def test_facade_functions_survive_importing_the_stage_packages() -> None:
    code = (
        "import claimcheck.extraction, claimcheck.reconciliation, claimcheck.analysis\n"
        "import claimcheck\n"
        "r = claimcheck.extract('Quorvex said it trained its Q7 model for $4 million.')\n"
        "assert callable(claimcheck.reconcile) and callable(claimcheck.parse_article)\n"
        "assert callable(claimcheck.load_pipeline) and callable(claimcheck.analyze)\n"
        "print(len(r.claims), r.claims[0].value, r.claims[0].unit)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "4000000", "USD"]


def test_importing_claimcheck_does_not_load_spacy_or_scrapy() -> None:
    code = "import sys, claimcheck, claimcheck.cli; print('spacy' in sys.modules, 'scrapy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["False", "False"], result.stderr
