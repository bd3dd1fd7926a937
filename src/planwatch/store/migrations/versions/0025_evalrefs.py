"""stored evaluations cite their sources by fact id

Revision ID: evalrefs
Revises: titles

``area_evaluations.whole`` (the area page's evaluation) writes each source whose
fields are its fact's stored row's (read uncorrected, quote and value text stored with
it) as ``[fact id, role]`` instead of the whole record with its quote (docs/schema.md,
"Sources by id"): read back from ``facts`` by primary key. The rows stored before are still readable but
were written by older code: the upgrade marks them stale (``format`` emptied, which no
code's fingerprint is), so the next ``planwatch evaluate --all`` computes them again
while the web app shows them meanwhile. The downgrade drops every stored evaluation:
older code cannot read a source by id (it would compute the area again, but a
stale row is dropped rather than misread).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "evalrefs"
down_revision: str | Sequence[str] | None = "titles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE area_evaluations SET format = ''")


def downgrade() -> None:
    op.execute("DELETE FROM area_evaluations")
