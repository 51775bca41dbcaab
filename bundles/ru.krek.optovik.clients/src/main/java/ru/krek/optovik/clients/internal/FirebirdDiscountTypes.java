package ru.krek.optovik.clients.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.DiscountTypes;
import ru.krek.optovik.api.client.InvalidClientException;
import ru.krek.optovik.api.client.Rounding;
import ru.krek.optovik.api.store.Sql;
import ru.krek.optovik.api.store.Store;

/** Discount types in the database (discount_type, discount_group_percentage). */
@Component(service = DiscountTypes.class, configurationPid = ClientsConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class FirebirdDiscountTypes implements DiscountTypes {

    private static final String SELECT = "select id, name, price_type_id, percentage, rounding from discount_type";

    private final Transactions tx;
    private final String defaultName;
    private final CatalogView catalog;

    @Activate
    public FirebirdDiscountTypes(@Reference Store store, @Reference CatalogStore catalog, ClientsConfig config) {
        this.tx = new Transactions(store);
        this.catalog = new CatalogView(catalog);
        this.defaultName = config.default_discount().strip();
    }

    @Override
    public List<DiscountType> list() throws ClientException {
        return tx.run(sql -> select(sql, " order by name_key"));
    }

    @Override
    public Optional<DiscountType> find(long id) throws ClientException {
        return tx.run(sql -> select(sql, " where id = ?", id).stream().findFirst());
    }

    @Override
    public Optional<DiscountType> find(String name) throws ClientException {
        return tx.run(sql -> select(sql, " where name_key = ?", key(name)).stream().findFirst());
    }

    @Override
    public DiscountType add(DiscountType type) throws ClientException {
        DiscountType checked = resolved(type);
        return tx.run(sql -> {
            checkName(sql, checked, null);
            long id = sql.insert("insert into discount_type (name, name_key, price_type_id, percentage, rounding) "
                    + "values (?, ?, ?, ?, ?) returning id", checked.name(), key(checked.name()), checked.priceTypeId(),
                    checked.percent(), checked.rounding().name());
            writeGroupPercents(sql, id, checked);
            return select(sql, " where id = ?", id).get(0);
        });
    }

    @Override
    public DiscountType edit(DiscountType type) throws ClientException {
        DiscountType checked = resolved(type);
        return tx.run(sql -> {
            if (select(sql, " where id = ?", type.id()).isEmpty()) {
                throw new ClientException("no discount type " + type.id());
            }
            checkName(sql, checked, type.id());
            sql.update("update discount_type set name = ?, name_key = ?, price_type_id = ?, percentage = ?, rounding = ? "
                    + "where id = ?", checked.name(), key(checked.name()), checked.priceTypeId(), checked.percent(),
                    checked.rounding().name(), type.id());
            sql.update("delete from discount_group_percentage where discount_type_id = ?", type.id());
            writeGroupPercents(sql, type.id(), checked);
            return select(sql, " where id = ?", type.id()).get(0);
        });
    }

    @Override
    public void delete(long id) throws ClientException {
        tx.run(sql -> {
            List<DiscountType> found = select(sql, " where id = ?", id);
            if (found.isEmpty()) {
                throw new ClientException("no discount type " + id);
            }
            long users = sql.count("select count(*) from client where discount_type_id = ?", id);
            if (users > 0) {
                throw new ClientException("discount type " + found.get(0).name() + " is in use by " + users
                        + " client(s); assign them another one first");
            }
            return sql.update("delete from discount_type where id = ?", id);
        });
    }

    @Override
    public Optional<DiscountType> defaultType() throws ClientException {
        return defaultName.isEmpty() ? Optional.empty() : find(defaultName);
    }

    /** The type with its price type resolved to an Ид (a name is accepted) and only groups the catalog knows. */
    private DiscountType resolved(DiscountType type) throws ClientException {
        List<String> ids = catalog.priceTypes().stream().filter(t -> t.id().equals(type.priceTypeId())
                || key(t.name()).equals(key(type.priceTypeId()))).map(PriceType::id).toList();
        String priceType = ids.contains(type.priceTypeId()) ? type.priceTypeId() : ids.size() == 1 ? ids.get(0) : null;
        if (priceType == null) {
            throw InvalidClientException.of("price_type", (ids.isEmpty() ? "no price type " : "several price types named ")
                    + type.priceTypeId() + " in the catalog (see catalog:stats; import the catalog first)");
        }
        List<String> unknown = catalog.tree().unknown(List.copyOf(type.groupPercents().keySet()));
        if (!unknown.isEmpty()) {
            throw InvalidClientException.of("groups", "no such groups in the catalog: " + String.join(", ", unknown));
        }
        return new DiscountType(type.id(), type.name(), priceType, type.percent(), type.groupPercents(), type.rounding());
    }

    /** Names are unique, case ignored. */
    private static void checkName(Sql sql, DiscountType type, Long self) throws SQLException, ClientException {
        Long holder = sql.first("select id from discount_type where name_key = ?", rs -> rs.getLong(1), key(type.name()));
        if (holder != null && !holder.equals(self)) {
            throw InvalidClientException.of("name", "a discount type named " + type.name() + " exists already (id " + holder + ")");
        }
    }

    private static void writeGroupPercents(Sql sql, long id, DiscountType type) throws SQLException {
        for (Map.Entry<String, BigDecimal> e : type.groupPercents().entrySet()) {
            sql.update("insert into discount_group_percentage (discount_type_id, group_id, percentage) values (?, ?, ?)",
                    id, e.getKey(), e.getValue());
        }
    }

    private static List<DiscountType> select(Sql sql, String where, Object... parameters) throws SQLException {
        Map<Long, Map<String, BigDecimal>> groups = new HashMap<>();
        sql.list("select discount_type_id, group_id, percentage from discount_group_percentage", rs -> groups
                .computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros()));
        return sql.list(SELECT + where, rs -> {
            BigDecimal percent = rs.getBigDecimal("percentage");
            return new DiscountType(rs.getLong("id"), rs.getString("name"), rs.getString("price_type_id"),
                    percent == null ? null : percent.stripTrailingZeros(), groups.getOrDefault(rs.getLong("id"), Map.of()),
                    Rounding.valueOf(rs.getString("rounding").trim()));
        }, parameters);
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
