package ru.krek.optovik.onec.internal.cml;

import java.util.regex.Pattern;
import ru.krek.optovik.api.catalog.ExchangeDocument;
import ru.krek.optovik.api.catalog.FileKind;

/**
 * Tells what a file is from its content before anything is delivered: its kind, schema version,
 * catalog and classifier ids and whether it lists only changes. It reads as little as it can: up to
 * the first product or offer when the changes flag is an attribute (2.04 and later); 2.03 writes the
 * flag as an element after all items, so such a file is read through (parsing only, nothing kept).
 */
final class DocumentSniffer {

    static final String ROOT = "КоммерческаяИнформация";
    private static final Pattern SUPPORTED = Pattern.compile("2\\.(0\\d|10)");

    private final XmlCursor c;
    private String version;
    private FileKind kind;
    private String catalogId;
    private String classifierId;
    private Boolean changesOnly;
    private Boolean classifierChangesOnly;
    private boolean classifierSeen;

    private DocumentSniffer(XmlCursor cursor) {
        this.c = cursor;
    }

    static ExchangeDocument sniff(XmlCursor cursor) throws CommerceMlException {
        return new DocumentSniffer(cursor).run();
    }

    /** Moves to the root, checks it is CommerceML of a version we read, and returns the version. */
    static String openRoot(XmlCursor c) throws CommerceMlException {
        c.toRoot();
        if (!ROOT.equals(c.name())) {
            throw c.error(Problem.WRONG_ROOT, c.name());
        }
        String version = c.attr("ВерсияСхемы");
        if (version == null || version.isEmpty()) {
            throw c.error(Problem.MISSING_VERSION);
        }
        if (!SUPPORTED.matcher(version).matches()) {
            throw c.error(Problem.UNSUPPORTED_VERSION, version);
        }
        return version;
    }

    private ExchangeDocument run() throws CommerceMlException {
        version = openRoot(c);
        while ((kind == null || changesOnly == null) && c.nextChild(1)) {
            switch (c.name()) {
                case "Документ" -> throw saleDocument();
                case "Классификатор" -> classifier();
                case "Каталог" -> catalog();
                case "ПакетПредложений" -> offerPackage(false);
                case "ИзмененияПакетаПредложений" -> offerPackage(true);
                default -> c.skip();
            }
        }
        if (kind == null) {
            if (!classifierSeen) {
                throw c.error(Problem.NO_CATALOG);
            }
            kind = FileKind.CATALOG;
        }
        boolean changes = changesOnly != null ? changesOnly
                : classifierChangesOnly != null && classifierChangesOnly;
        return new ExchangeDocument(c.fileName(), kind, version, catalogId, classifierId, changes);
    }

    private void classifier() throws CommerceMlException {
        classifierSeen = true;
        classifierChangesOnly = flagAttr();
        int d = c.depth();
        while (c.nextChild(d)) {
            switch (c.name()) {
                case "Ид" -> classifierId = classifierId == null ? c.id() : skipValue();
                case "СодержитТолькоИзменения" -> classifierChangesOnly = c.flag();
                default -> c.skip();
            }
        }
    }

    private void catalog() throws CommerceMlException {
        kind = FileKind.CATALOG;
        changesOnly = flagAttr();
        int d = c.depth();
        while (c.nextChild(d)) {
            switch (c.name()) {
                case "Ид" -> catalogId = c.id();
                case "ИдКлассификатора" -> classifierId = c.id();
                case "СодержитТолькоИзменения" -> changesOnly = c.flag();
                case "Товары" -> {
                    if (changesOnly != null) {
                        return; // all known: the products are the reader's business
                    }
                    c.skip();
                }
                default -> c.skip();
            }
        }
    }

    private void offerPackage(boolean changesPackage) throws CommerceMlException {
        changesOnly = flagAttr();
        if (changesOnly == null && changesPackage) {
            changesOnly = true;
        }
        int d = c.depth();
        while (c.nextChild(d)) {
            switch (c.name()) {
                case "ИдКаталога" -> catalogId = c.id();
                case "ИдКлассификатора" -> classifierId = c.id();
                case "СодержитТолькоИзменения" -> changesOnly = c.flag();
                case "Предложения" -> {
                    kind = kindOfFirstOffer();
                    if (changesOnly != null) {
                        return;
                    }
                }
                default -> c.skip();
            }
        }
        if (kind == null) {
            kind = FileKind.OFFERS; // a package without offers: nothing to price, nothing to count
        }
    }

    /**
     * UT 11 splits offers into files of names, of prices and of stock; the first offer shows which.
     * Leaves the cursor inside Предложения after that offer; the caller's loop skips the rest if it goes on.
     */
    private FileKind kindOfFirstOffer() throws CommerceMlException {
        int d = c.depth();
        FileKind found = FileKind.OFFERS;
        if (c.nextChild(d)) {
            boolean named = false;
            boolean priced = false;
            boolean stocked = false;
            int offer = c.depth();
            while (c.nextChild(offer)) {
                switch (c.name()) {
                    case "Наименование" -> named = true;
                    case "Цены" -> priced = true;
                    case "Количество", "Склад", "Остатки" -> stocked = true;
                    default -> {
                    }
                }
                c.skip();
            }
            if (!named && priced && !stocked) {
                found = FileKind.PRICES;
            } else if (!named && stocked && !priced) {
                found = FileKind.RESTS;
            }
        }
        return found;
    }

    private CommerceMlException saleDocument() throws CommerceMlException {
        int line = c.line();
        String path = c.path();
        String operation = null;
        String number = null;
        int d = c.depth();
        while (c.nextChild(d) && (operation == null || number == null)) {
            switch (c.name()) {
                case "ХозОперация" -> operation = c.text();
                case "Номер" -> number = c.text();
                default -> c.skip();
            }
        }
        String what = (operation == null ? "Документ" : operation) + (number == null ? "" : " № " + number);
        return new CommerceMlException(Problem.SALE_DOCUMENT, c.fileName(), line, path, null, what);
    }

    private Boolean flagAttr() throws CommerceMlException {
        String value = c.attr("СодержитТолькоИзменения");
        return value == null ? null : value.equalsIgnoreCase("true") || value.equalsIgnoreCase("истина");
    }

    private String skipValue() throws CommerceMlException {
        c.skip();
        return classifierId;
    }
}
