"""Imported once by the fork server that starts the worker processes (see `WorkerPool`).

Extraction builds its vocabularies and automata lazily, on first use: about 1.3 s of CPU. Done
here, in the fork server, every worker forked from it starts with them built, where each worker
(and each replacement of a killed one) used to build them again for its first file. The sample is
invented and short; a vocabulary it does not reach is still built on first use, as before."""

from casewatch.extract.pipeline import extract
from casewatch.model import Text

SAMPLE = (
    "Freedonia, 3 May 2021. REFERENCE: AL FRD 1/2021. Dear Minister, The Union of Freedonian Dock "
    "Workers (UFDW) protests the arrest of Mr Ivo Brandt, its president, on 2 May 2021 under "
    "article 12 of the Labour Code. We urge the Government to release him.\n"
    "Le Comité prie le gouvernement de le tenir informé. El Comité pide al Gobierno que lo mantenga "
    "informado. Профсоюз работников порта заявил протест 3 мая 2021 года."
)


def warm() -> None:
    """Run the extraction once on the sample, so its lazily built parts exist in this process."""
    extract(Text(SAMPLE, "text/plain"))


warm()
