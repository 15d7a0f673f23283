from ui.mnemonics import plain


def test_accelerators_are_removed_in_every_style() -> None:
    assert plain("&File") == "File"
    assert plain("文件(&F)") == "文件"
    assert plain("名称(&N)：") == "名称："
    assert plain("Nuevo &contacto…") == "Nuevo contacto…"
    assert plain("R&&D budget") == "R&D budget"
