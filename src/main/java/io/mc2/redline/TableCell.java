package io.mc2.redline;

/**
 * Where a paragraph sits inside a table. Tables are numbered in reading order within their part
 * (nested ones included); rows and columns from 0 within their table.
 *
 * @param depth  1 for a top-level table, 2 for a table inside a cell of another, ...
 * @param change INSERTED or DELETED when the row or cell (or a row around this table) is a tracked
 *               row/cell insertion or deletion, else KEPT
 */
public record TableCell(int table, int row, int column, int depth, Change change) {

    /** Whether the row/cell holding the paragraph survives the view. */
    public boolean presentIn(View view) {
        return change.presentIn(view);
    }
}
