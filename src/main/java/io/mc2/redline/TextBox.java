package io.mc2.redline;

import java.util.List;

/**
 * A text box of the body (w:txbxContent): its paragraphs, and the body paragraph it is anchored in
 * (its index in {@link RedlineDocument#body()}; -1 before the first). Its text is read once, though
 * a word processor may draw it twice (DrawingML and a VML fallback).
 */
public record TextBox(int anchor, List<RedlineParagraph> paragraphs) {
    public TextBox {
        paragraphs = List.copyOf(paragraphs);
    }
}
