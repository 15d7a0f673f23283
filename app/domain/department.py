"""Department profiles and their people: shared by every meeting of a workspace."""

from __future__ import annotations

from pydantic import field_validator
from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

from app.domain.rules import not_blank


class DepartmentBase(SQLModel):
    name: str
    function: str = ""
    workflow: str = ""
    focus: str = ""
    okrs: list[str] = Field(default_factory=list, sa_type=JSON)
    pressures: str = ""
    history: str = ""

    _name = field_validator("name")(not_blank)


class Department(DepartmentBase, table=True):
    __tablename__ = "department"
    id: int | None = Field(default=None, primary_key=True)
    # casefolded, space-collapsed name: "Finance" and " finance " are one department
    name_key: str = Field(unique=True, index=True)


class PersonBase(SQLModel):
    name: str
    role: str = ""
    contact: str = ""
    # rated 1 (low) to 5 (high)
    influence: int | None = Field(default=None, ge=1, le=5)
    interest: int | None = Field(default=None, ge=1, le=5)
    notes: str = ""

    _name = field_validator("name")(not_blank)


class Person(PersonBase, table=True):
    __tablename__ = "person"
    id: int | None = Field(default=None, primary_key=True)
    department_id: int = Field(foreign_key="department.id", ondelete="CASCADE", index=True)
    position: int = 0
