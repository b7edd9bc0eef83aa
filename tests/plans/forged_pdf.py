"""PDFs made with pypdf alone, carrying whatever identity and form fields a test asks for.

Why forge them: anyone can write a PDF's document info and name its fields as they like, so
`plan import` must hold against PDFs that no workbook renderer made.
"""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)


def forged_workbook(
    fields: dict[str, Any],
    *,
    mentee: str = "amara-okafor",
    program: str = "pilot",
    revision: int = 4,
    user_password: str | None = None,
) -> bytes:
    """A one-page PDF with text fields `fields` and the identity of a mentorbook workbook.

    A value that is a pypdf object goes in as it is (an array, a dictionary, a stream);
    anything else as text. With `user_password`, the file is encrypted with AES-256.
    """
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    references = ArrayObject()
    for name, value in fields.items():
        field = DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(name),
                NameObject("/V"): value
                if isinstance(value, PdfObject)
                else TextStringObject(value),
                NameObject("/Rect"): ArrayObject([NumberObject(0)] * 4),
            }
        )
        references.append(writer._add_object(field))
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): references}
    )
    writer.add_metadata(
        {
            "/mentorbookprogram": program,
            "/mentorbookmentee": mentee,
            "/mentorbookrevision": str(revision),
        }
    )
    if user_password is not None:
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    stream = io.BytesIO()
    writer.write(stream)
    return stream.getvalue()
