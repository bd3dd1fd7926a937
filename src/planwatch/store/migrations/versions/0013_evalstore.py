"""evaluations kept in the store

Revision ID: evalstore
Revises: compact

``area_evaluations`` holds each area's evaluation (per as-of year, 0 for the
latest data) as computed once, stamped with the newest document and correction
ids it could see; ``area_changes`` the newest ids that changed each area's data;
``evaluation_marks`` how far changes were noted. Read and written in
``planwatch.store.evalstore``. Stores upgraded here start with no evaluations:
they are computed on first use.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "evalstore"
down_revision: str | Sequence[str] | None = "compact"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTS = ("total", "on_track", "ahead", "achieved_early", "met", "behind", "missed", "no_data")


def upgrade() -> None:
    op.create_table(
        "area_evaluations",
        sa.Column("area_code", sa.String(length=12), nullable=False),
        sa.Column("as_of_key", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=False),
        sa.Column("doc_stamp", sa.Integer(), nullable=False),
        sa.Column("fix_stamp", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("area_name", sa.String(length=64), nullable=False),
        sa.Column("plan_doc_id", sa.Integer(), nullable=True),
        sa.Column("plan_name", sa.Text(), nullable=True),
        sa.Column("plan_period", sa.String(length=16), nullable=True),
        sa.Column("as_of", sa.Integer(), nullable=True),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in COUNTS),
        sa.Column("summary_line", sa.Text(), nullable=True),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.Column("detail", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("area_code", "as_of_key", name=op.f("pk_area_evaluations")),
    )
    op.create_table(
        "area_changes",
        sa.Column("area_code", sa.String(length=12), nullable=False),
        sa.Column("doc_stamp", sa.Integer(), nullable=False),
        sa.Column("fix_stamp", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("area_code", name=op.f("pk_area_changes")),
    )
    op.create_table(
        "evaluation_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_stamp", sa.Integer(), nullable=False),
        sa.Column("fix_stamp", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_marks")),
    )


def downgrade() -> None:
    op.drop_table("evaluation_marks")
    op.drop_table("area_changes")
    op.drop_table("area_evaluations")
