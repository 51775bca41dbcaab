package ru.krek.optovik.catalog.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends rows to Firebird many at a time: one EXECUTE BLOCK whose body repeats a row's PSQL with that
 * row's parameters. Firebird 3 has no server-side batch, so one statement per row would cost a round
 * trip each; a block carries as many rows as fit its 64 KB input message. Rows are collected on the
 * reading thread and handed to the {@link Writer} in blocks, in arrival order.
 */
final class BlockBatch {

    /** Firebird 3 refuses an input message or statement text beyond 64 KB; stay clear of both. */
    static final int MESSAGE_LIMIT = 60_000;
    /**
     * Firebird counts every table reference of a statement as a context, at most 256; an UPDATE OR
     * INSERT takes more than one (four is safe, measured), a plain insert or select one.
     */
    private static final int CONTEXT_LIMIT = 250;
    private static final Pattern TABLE = Pattern.compile("\\b(?:update|into|from)\\s+((?:stage|catalog)_[a-z_]+)");
    private static final Pattern DIRECT = Pattern.compile("\\binto\\s+(catalog_[a-z_]+)");
    private static final Pattern MERGING = Pattern.compile("\\bupdate\\s+(?:or\\s+insert\\s+into\\s+)?stage_");
    private static final Pattern PARAM = Pattern.compile(":([a-z_][a-z0-9_]*)\\b");

    private final String rowBody;
    private final List<Column> columns;
    private final List<String> locals;
    private final Writer writer;
    private final Timing timing;
    private final String step;
    private final int rowsPerBlock;
    private final String blockSql;
    private final String wideSql;
    private final List<BlockBatch> before = new ArrayList<>();
    private List<Object[]> pending = new ArrayList<>();
    private PreparedStatement block;
    private PreparedStatement single;

    BlockBatch(Writer writer, int maxRows, String rowBody, List<Column> columns) {
        this(writer, maxRows, rowBody, columns, List.of());
    }

    /**
     * @param locals PSQL variables each row's body uses ({@code name type}), referred to as
     *     {@code :name} like the parameters; every row has its own, NULL at the start
     */
    BlockBatch(Writer writer, int maxRows, String rowBody, List<Column> columns, List<String> locals) {
        this.writer = writer;
        this.timing = writer.timing();
        Matcher direct = DIRECT.matcher(rowBody);
        Matcher table = TABLE.matcher(rowBody);
        this.step = direct.find() ? "write " + direct.group(1) : "stage " + (table.find() ? table.group(1) : "rows");
        this.rowBody = rowBody;
        this.columns = List.copyOf(columns);
        this.locals = List.copyOf(locals);
        int rowBytes = columns.stream().mapToInt(Column::messageBytes).sum();
        long tables = Math.max(1, TABLE.matcher(rowBody).results().count());
        int contexts = (int) (MERGING.matcher(rowBody).find() ? 4 * tables : tables);
        int rows = Math.max(1, Math.min(Math.min(maxRows, CONTEXT_LIMIT / contexts), MESSAGE_LIMIT / rowBytes));
        while (rows > 1 && sql(rows, false).length() > MESSAGE_LIMIT) {
            rows--;
        }
        this.rowsPerBlock = rows;
        this.blockSql = sql(rows, false);
        this.wideSql = sql(1, true);
    }

    int rowsPerBlock() {
        return rowsPerBlock;
    }

    /**
     * Rows queued in {@code first} reach the database before any row of this batch: a later statement
     * of an item merges over its first one, so the first must be there.
     */
    BlockBatch after(BlockBatch first) {
        before.add(first);
        return this;
    }

    /** Queues one row (values in column order); a full block goes to the writer. */
    void add(Object... row) {
        for (int i = 0; i < row.length; i++) {
            if (!columns.get(i).fitsNarrow(row[i])) {
                flush();
                before.forEach(BlockBatch::flush);
                List<Object[]> one = List.<Object[]>of(row);
                writer.submit(c -> executeSingles(c, one));
                return;
            }
        }
        pending.add(row);
        if (pending.size() == rowsPerBlock) {
            before.forEach(BlockBatch::flush);
            List<Object[]> rows = pending;
            pending = new ArrayList<>(rowsPerBlock);
            writer.submit(c -> executeBlock(c, rows));
        }
    }

    /** Hands what is queued to the writer: a partial block goes row by row (one statement shape less). */
    void flush() {
        if (!pending.isEmpty()) {
            before.forEach(BlockBatch::flush);
            List<Object[]> rows = pending;
            pending = new ArrayList<>(rowsPerBlock);
            writer.submit(c -> executeSingles(c, rows));
        }
    }

    /** Closes the prepared statements (on the writer thread, after the last block). */
    void close() throws SQLException {
        try (PreparedStatement a = block; PreparedStatement b = single) {
            block = null;
            single = null;
        }
    }

    private void executeBlock(Connection connection, List<Object[]> rows) throws SQLException {
        Timing.Mark mark = Timing.start();
        if (block == null) {
            block = connection.prepareStatement(blockSql);
        }
        int index = 1;
        for (Object[] row : rows) {
            index = bind(block, index, row);
        }
        block.execute();
        timing.stop(step, mark, rows.size());
    }

    private void executeSingles(Connection connection, List<Object[]> rows) throws SQLException {
        Timing.Mark mark = Timing.start();
        if (single == null) {
            single = connection.prepareStatement(wideSql);
        }
        for (Object[] row : rows) {
            bind(single, 1, row);
            single.execute();
        }
        timing.stop(step + " (single)", mark, rows.size());
    }

    private int bind(PreparedStatement statement, int index, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++, index++) {
            Object value = row[i];
            switch (columns.get(i).type()) {
                case TEXT -> statement.setString(index, (String) value);
                case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
                case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
                case BIGINT -> {
                    if (value == null) {
                        statement.setNull(index, Types.BIGINT);
                    } else {
                        statement.setLong(index, (Long) value);
                    }
                }
                case SMALLINT, INTEGER -> {
                    if (value == null) {
                        statement.setNull(index, Types.INTEGER);
                    } else {
                        statement.setInt(index, ((Number) value).intValue());
                    }
                }
            }
        }
        return index;
    }

    private String sql(int rows, boolean wide) {
        StringBuilder head = new StringBuilder("execute block (");
        StringBuilder body = new StringBuilder(") as\n");
        for (int r = 0; r < rows; r++) {
            for (String local : locals) {
                String[] nameType = local.split(" ", 2);
                body.append("declare ").append(nameType[0]).append("_r").append(r).append(' ').append(nameType[1]).append(";\n");
            }
        }
        body.append("begin\n");
        for (int r = 0; r < rows; r++) {
            for (Column column : columns) {
                head.append(r == 0 && column == columns.get(0) ? "" : ", ")
                        .append(column.name()).append("_r").append(r).append(' ').append(column.declaration(wide)).append(" = ?");
            }
            int row = r;
            Matcher m = PARAM.matcher(rowBody);
            body.append(m.replaceAll(match -> ":" + match.group(1) + "_r" + row)).append('\n');
        }
        return head.append(body).append("end").toString();
    }
}
