package ru.krek.optovik.clients.internal;

import java.sql.SQLException;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.store.Sql;
import ru.krek.optovik.api.store.Store;

/** Runs directory work in one Store transaction, letting a refusal through as itself and rolling back. */
final class Transactions {

    private final Store store;

    Transactions(Store store) {
        this.store = store;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Sql sql) throws SQLException, ClientException;
    }

    <T> T run(Work<T> work) throws ClientException {
        try {
            return store.inTransaction(c -> {
                try {
                    return work.run(new Sql(c));
                } catch (ClientException e) {
                    throw new Refusal(e);
                }
            });
        } catch (Refusal r) {
            throw r.refusal;
        } catch (SQLException | RuntimeException e) {
            throw new ClientException("the client database is unavailable: " + oneLine(e), e);
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    /** Carries a refusal out of the Store's SQL-only callback; the transaction rolls back on it. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ClientException refusal;

        Refusal(ClientException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }
}
