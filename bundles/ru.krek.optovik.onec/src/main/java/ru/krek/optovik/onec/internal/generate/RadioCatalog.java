package ru.krek.optovik.onec.internal.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ru.krek.optovik.onec.internal.generate.Family.Part;

/**
 * The assortment of a radio-components distributor: the families of parts, by leaf group, with real
 * manufacturers and article patterns. Static data only; the group tree is derived from the paths.
 */
final class RadioCatalog {

    private static final String[] RES_VALUES = {"10R", "22R", "47R", "100R", "220R", "470R", "1K", "2K2", "4K7", "10K",
        "22K", "47K", "100K", "220K", "470K", "1M"};
    private static final String[] CAP_CODES = {"101", "102", "103", "104", "105", "224", "474", "106"};
    private static final String[] CAP_NAMES = {"100 пФ", "1 нФ", "10 нФ", "100 нФ", "1 мкФ", "220 нФ", "470 нФ", "10 мкФ"};
    private static final String[] PACKING = {"Лента 5000 шт", "Отрезок 100 шт", "Россыпь 10 шт"};
    private static final String[] LED_COLOURS = {"Красный", "Зелёный", "Синий", "Жёлтый", "Белый"};
    private static final String[] COIL = {"5 В", "12 В", "24 В"};
    private static final String[] PINS = {"1x10", "1x20", "1x40", "2x20"};

    static final List<Family> FAMILIES = List.of(
            smdResistor("0402", 6), smdResistor("0603", 10), smdResistor("0805", 8), smdResistor("1206", 5),
            new Family("Резисторы/Выводные", 5, 1.0, 6.0, "Выводной", null, null, r -> {
                String v = pick(r, RES_VALUES);
                String w = pick(r, new String[] {"0.25", "0.5", "1", "2"});
                return new Part(pick(r, new String[] {"Yageo", "Royal Ohm"}), "CFR-" + w.replace(".", "") + "-" + v,
                        "Резистор углеродистый " + w + " Вт " + ohms(v) + " 5%", "Axial");
            }),
            new Family("Конденсаторы/Керамические/SMD", 12, 0.4, 12.0, "SMD", "Упаковка", PACKING, r -> {
                int c = r.nextInt(CAP_CODES.length);
                String size = pick(r, new String[] {"0402", "0603", "0805", "1206"});
                String volt = pick(r, new String[] {"16", "25", "50"});
                boolean murata = r.nextBoolean();
                String article = murata
                        ? "GRM" + Map2.of(size, "0402", "155", "0603", "188", "0805", "21B", "319") + "R71"
                                + Map2.of(volt, "16", "1C", "25", "1E", "1H") + CAP_CODES[c] + "KA01D"
                        : "CL" + Map2.of(size, "0402", "05", "0603", "10", "0805", "21", "31") + "B" + CAP_CODES[c]
                                + "K" + Map2.of(volt, "16", "O", "25", "A", "B") + "8NNNC";
                return new Part(murata ? "Murata" : "Samsung Electro-Mechanics", article,
                        "Конденсатор керамический " + size + " " + CAP_NAMES[c] + " " + volt + " В X7R", size);
            }),
            new Family("Конденсаторы/Керамические/Выводные", 3, 2.0, 15.0, "Выводной", null, null, r -> {
                int c = r.nextInt(5);
                return new Part("Hitano", "CC1H" + CAP_CODES[c] + "K-5", "Конденсатор керамический выводной "
                        + CAP_NAMES[c] + " 50 В", "Radial");
            }),
            new Family("Конденсаторы/Электролитические", 6, 3.0, 60.0, "Выводной", null, null, r -> {
                int uf = pick(r, new int[] {1, 10, 47, 100, 220, 470, 1000, 2200});
                int v = pick(r, new int[] {10, 16, 25, 35, 50, 63});
                return new Part(pick(r, new String[] {"Jamicon", "Capxon", "Samwha"}), "TK" + uf + "M" + v + "V",
                        "Конденсатор электролитический " + uf + " мкФ " + v + " В 105°C", "Radial");
            }),
            new Family("Конденсаторы/Танталовые", 3, 8.0, 90.0, "SMD", null, null, r -> {
                String code = pick(r, new String[] {"105", "475", "106", "226", "107"});
                String v = pick(r, new String[] {"010", "016", "025"});
                boolean kemet = r.nextBoolean();
                return new Part(kemet ? "KEMET" : "KYOCERA AVX", kemet ? "T491A" + code + "K" + v + "AT"
                        : "TAJA" + code + "K" + v + "RNJ", "Конденсатор танталовый SMD A " + code + " " + v + " В", "A (3216)");
            }),
            new Family("Разъёмы/Штыревые", 5, 4.0, 40.0, "Выводной", "Число контактов", PINS, r -> new Part(
                    "Connfly", "DS1021-" + pick(r, new String[] {"1x40", "2x20"}) + (r.nextBoolean() ? "S" : "R"),
                    "Вилка штыревая PLS шаг 2,54 мм", "2.54 мм")),
            new Family("Разъёмы/USB", 3, 12.0, 120.0, "SMD", null, null, r -> {
                int k = r.nextInt(3);
                return new Part(k == 0 ? "TE Connectivity" : "Molex", new String[] {"292303-1", "105017-0001",
                    "217179-0001"}[k], new String[] {"Розетка USB-A на плату", "Розетка micro-USB B SMD",
                        "Розетка USB Type-C 16 контактов"}[k], "SMD");
            }),
            new Family("Разъёмы/Клеммники", 3, 6.0, 60.0, "Выводной", null, null, r -> {
                int p = 2 + r.nextInt(5);
                return new Part(pick(r, new String[] {"Degson", "Phoenix Contact"}), "DG301-5.0-0" + p + "P-12-00A",
                        "Клеммник винтовой " + p + " контакта шаг 5 мм", "5.0 мм");
            }),
            ic("Микросхемы/Микроконтроллеры/STM32", 6, 60, 2500, "STMicroelectronics",
                    new String[] {"STM32F103C8T6", "STM32F030F4P6", "STM32F401CCU6", "STM32G030F6P6", "STM32L432KCU6",
                        "STM32F407VGT6", "STM32H743VIT6", "STM32G431CBU6", "STM32F411CEU6"},
                    "Микроконтроллер 32-бит ARM Cortex-M"),
            ic("Микросхемы/Микроконтроллеры/AVR", 3, 40, 900, "Microchip",
                    new String[] {"ATMEGA328P-AU", "ATTINY85-20SU", "ATMEGA2560-16AU", "ATTINY13A-SSU"},
                    "Микроконтроллер 8-бит AVR"),
            ic("Микросхемы/Стабилизаторы напряжения", 4, 10, 250, "Texas Instruments",
                    new String[] {"LM317T", "LM1117IMPX-3.3", "TPS5430DDAR", "TPS7A2033PDBVR", "L7805CV", "LD1117S33TR"},
                    "Стабилизатор напряжения"),
            ic("Микросхемы/Операционные усилители", 3, 5, 400, "Texas Instruments",
                    new String[] {"LM358DR", "TL072CDR", "OPA2333AIDR", "LM324DR", "TSV912IDT"}, "Операционный усилитель"),
            ic("Микросхемы/Интерфейсы", 3, 20, 300, "Texas Instruments",
                    new String[] {"MAX3232ECDR", "SN65HVD230DR", "MAX485ESA+", "TJA1050T/CM"}, "Микросхема интерфейса"),
            discrete("Транзисторы/Биполярные", 5, 0.8, 60, new String[] {"onsemi", "Nexperia"},
                    new String[] {"BC847B", "MMBT3904LT1G", "BC857B", "BC817-40", "2N2222A"}, "Транзистор биполярный", "SOT-23"),
            discrete("Транзисторы/MOSFET", 5, 2, 120, new String[] {"Infineon", "Vishay", "Nexperia"},
                    new String[] {"IRLML6344TRPBF", "IRF540NPBF", "SI2302CDS-T1-GE3", "BSS138", "AO3400A"},
                    "Транзистор полевой MOSFET", "SOT-23"),
            discrete("Диоды/Выпрямительные", 4, 0.5, 20, new String[] {"Vishay", "Diodes Incorporated"},
                    new String[] {"1N4007-E3/54", "S1M", "1N5408", "US1M"}, "Диод выпрямительный", "DO-41"),
            discrete("Диоды/Шоттки", 3, 1, 30, new String[] {"Diodes Incorporated", "Vishay"},
                    new String[] {"SS34", "B5819W", "SS14", "SK36"}, "Диод Шоттки", "SMA"),
            discrete("Диоды/Стабилитроны", 2, 0.8, 15, new String[] {"Nexperia", "onsemi"},
                    new String[] {"BZX84-C5V1", "MMSZ5231B", "BZX55C3V3", "BZX84-C12"}, "Стабилитрон", "SOT-23"),
            new Family("Светодиоды/SMD", 5, 0.6, 25, "SMD", "Цвет свечения", LED_COLOURS, r -> new Part(
                    pick(r, new String[] {"Kingbright", "Everlight"}), "KP-2012" + pick(r, new String[] {"SGC", "EC",
                        "QBC-D", "YC", "SURCK"}), "Светодиод SMD 0805", "0805")),
            new Family("Светодиоды/Выводные", 3, 1, 20, "Выводной", "Цвет свечения", LED_COLOURS, r -> {
                String d = pick(r, new String[] {"3", "5"});
                return new Part("Kingbright", "L-" + (d.equals("3") ? "934" : "7104") + pick(r, new String[] {"GD",
                    "ID", "YD", "SRD"}), "Светодиод " + d + " мм", d + " мм");
            }),
            new Family("Реле/Электромагнитные", 4, 40, 600, "Выводной", "Напряжение катушки", COIL, r -> {
                int k = r.nextInt(3);
                return new Part(new String[] {"Omron", "TE Connectivity", "Finder"}[k],
                        new String[] {"G5LE-1", "RT314012", "40.52.9.012.0000"}[k], "Реле электромагнитное 1 группа 10 А",
                        "PCB");
            }),
            new Family("Реле/Твердотельные", 2, 150, 2500, "Выводной", null, null, r -> new Part(
                    pick(r, new String[] {"Omron", "Crydom"}), pick(r, new String[] {"G3MB-202P 5DC", "D2425", "G3NA-210B"}),
                    "Реле твердотельное 2 А 240 В", "SIP-4")),
            new Family("Кварцевые резонаторы", 3, 5, 80, "SMD", null, null, r -> {
                String f = pick(r, new String[] {"8.000", "12.000", "16.000", "25.000", "32.768"});
                boolean abracon = r.nextBoolean();
                return new Part(abracon ? "Abracon" : "Epson", abracon ? "ABM8-" + f + "MHZ-B2-T" : "FA-238 " + f + "0MB",
                        "Кварцевый резонатор " + f.replace('.', ',') + " МГц", abracon ? "3.2x2.5 мм" : "FA-238");
            }),
            new Family("Индуктивности", 3, 5, 100, "SMD", null, null, r -> {
                String uh = pick(r, new String[] {"1R0", "4R7", "100", "220", "470"});
                int k = r.nextInt(3);
                return new Part(new String[] {"Murata", "Bourns", "TDK"}[k], new String[] {"LQH3NPN" + uh + "MM0L",
                    "SRR1260-" + uh + "M", "SLF7045T-" + uh + "M"}[k], "Дроссель SMD " + uh + " мкГн", "SMD");
            }));

    /**
     * The section the next export leaves exactly as it was: a real 1C export moves a few sections and
     * not others, and clients of an unmoved section must hear nothing (the demo and its test rely on it).
     */
    static final String STEADY = "Кварцевые резонаторы";

    /** Every group path the families need, parents before children, in a stable order. */
    static final List<String> GROUP_PATHS = groupPaths();

    private RadioCatalog() {
    }

    private static Family smdResistor(String size, int weight) {
        return new Family("Резисторы/SMD/" + size, weight, 0.15, 2.5, "SMD", "Упаковка", PACKING, r -> {
            String v = pick(r, RES_VALUES);
            boolean precise = r.nextInt(3) > 0;
            boolean yageo = r.nextInt(4) > 0;
            String article = yageo ? "RC" + size + (precise ? "F" : "J") + "R-07" + v + "L"
                    : size + "WA" + (precise ? "F" : "J") + v + "T5E";
            return new Part(yageo ? "Yageo" : "Royal Ohm", article,
                    "Резистор SMD " + size + " " + ohms(v) + " " + (precise ? "1%" : "5%"), size);
        });
    }

    private static Family ic(String path, int weight, double min, double max, String maker, String[] parts, String what) {
        return new Family(path, weight, min, max, "SMD", null, null, r -> {
            String article = pick(r, parts);
            String vendor = article.startsWith("L7") || article.startsWith("LD") || article.startsWith("TSV")
                    ? "STMicroelectronics" : article.startsWith("MAX485") ? "Analog Devices"
                    : article.startsWith("TJA") ? "NXP" : maker;
            return new Part(vendor, article, what + " " + article, casing(article));
        });
    }

    private static Family discrete(String path, int weight, double min, double max, String[] makers, String[] parts,
            String what, String casing) {
        return new Family(path, weight, min, max, "SMD", null, null, r -> {
            String article = pick(r, parts);
            return new Part(pick(r, makers), article, what + " " + article, casing);
        });
    }

    private static String casing(String article) {
        if (article.contains("T6") || article.contains("AU")) {
            return "LQFP";
        }
        if (article.endsWith("DR") || article.contains("SA") || article.contains("SU")) {
            return "SOIC-8";
        }
        return article.endsWith("T") || article.endsWith("CV") ? "TO-220" : "SOT-23";
    }

    /** "4K7" → "4,7 кОм", "100R" → "100 Ом", "1M" → "1 МОм". */
    static String ohms(String code) {
        String unit = code.contains("K") ? "кОм" : code.contains("M") ? "МОм" : "Ом";
        String digits = code.replaceAll("[RKM]$", "").replaceAll("[RKM]", ",");
        return digits + " " + unit;
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static int pick(SplittableRandom r, int[] values) {
        return values[r.nextInt(values.length)];
    }

    private static List<String> groupPaths() {
        List<String> paths = new ArrayList<>();
        for (Family f : FAMILIES) {
            String[] parts = f.path().split("/");
            StringBuilder prefix = new StringBuilder();
            for (String part : parts) {
                prefix.append(prefix.length() == 0 ? "" : "/").append(part);
                if (!paths.contains(prefix.toString())) {
                    paths.add(prefix.toString());
                }
            }
        }
        return List.copyOf(paths);
    }

    /** A tiny key → value lookup for article codes, written inline as pairs. */
    static final class Map2 {
        private Map2() {
        }

        static String of(String key, String... pairsThenDefault) {
            for (int i = 0; i + 1 < pairsThenDefault.length; i += 2) {
                if (pairsThenDefault[i].equals(key)) {
                    return pairsThenDefault[i + 1];
                }
            }
            return pairsThenDefault[pairsThenDefault.length - 1];
        }
    }
}
