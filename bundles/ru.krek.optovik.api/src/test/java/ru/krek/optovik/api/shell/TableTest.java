package ru.krek.optovik.api.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellAndNothingIsCut() {
        Table table = new Table("id", "company", "status");
        table.row("7", "ООО «Радиодетали и компоненты»", "active");
        table.row("12", "ИП Петров", "pending");
        assertEquals("""
                id  company                         status
                7   ООО «Радиодетали и компоненты»  active
                12  ИП Петров                       pending""", table.toString());
    }

    @Test
    void theLastColumnIsNotPadded() {
        Table table = new Table("a", "b");
        table.row("x", "");
        assertEquals("a  b\nx", table.toString());
    }
}
