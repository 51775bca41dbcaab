package ru.krek.optovik.onec.internal.cml;

/**
 * Every reason an exchange file is refused, with the Russian sentence a 1C administrator reads and
 * a short English gist for developers. Tests assert on these, not on message text.
 */
public enum Problem {
    EMPTY_FILE("Файл пуст: выгрузка из 1С не записалась или оборвалась при передаче.", "empty file"),
    NOT_XML("Файл не является XML-документом: %s", "not XML"),
    BAD_ENCODING("Кодировка файла не совпадает с объявленной в его заголовке (%s). Выгрузите файл "
            + "в UTF-8 или windows-1251 с верным заголовком.", "bytes do not match the declared encoding"),
    TRUNCATED("Файл оборван: он кончается внутри элемента <%s>. Выгрузка передана не полностью — "
            + "повторите обмен.", "unexpected end of file"),
    MALFORMED("Ошибка в структуре XML: %s", "malformed XML"),
    DOCTYPE_FORBIDDEN("Файл содержит объявление DOCTYPE. 1С такого не выгружает; по соображениям "
            + "безопасности файл не принят.", "DOCTYPE refused"),
    WRONG_ROOT("Корневой элемент <%s>, а ожидался <КоммерческаяИнформация>: это не файл обмена CommerceML.",
            "wrong root element"),
    MISSING_VERSION("Не указана версия схемы CommerceML (атрибут ВерсияСхемы).", "no schema version"),
    UNSUPPORTED_VERSION("Версия схемы CommerceML «%s» не поддерживается: принимаются версии 2.03–2.10. "
            + "Выберите в настройках обмена 1С версию 2.0x или 2.10.", "unsupported schema version"),
    SALE_DOCUMENT("Это документ продажи («%s»), а не каталог товаров. Заказы передаются обменом "
            + "с типом sale, а не catalog.", "sale document, not a catalog"),
    NO_CATALOG("В файле нет ни классификатора, ни каталога, ни пакета предложений.", "no catalog content"),
    NO_FILES("В обмене нет ни одного XML-файла (ни отдельно, ни в zip-архиве).", "no exchange files"),
    MISSING_FILE("Файл или папка не найдены: %s", "no such file"),
    MISSING_ID("Не заполнен Ид: %s.", "missing id"),
    MISSING_VALUE("Не заполнено обязательное поле <%s>.", "missing value"),
    DUPLICATE_ID("%s с Ид «%s» встречается в файле повторно.", "duplicate id"),
    GROUP_CYCLE("Группа «%s» вложена сама в себя: её Ид совпадает с Ид одной из родительских групп.",
            "group is its own ancestor"),
    TOO_DEEP("Слишком глубокая вложенность: больше %s уровней %s.", "nesting too deep"),
    VALUE_TOO_LONG("Значение элемента <%s> длиннее %s символов.", "value too long"),
    TOO_MANY_VALUES("Слишком много значений в <%s>: больше %s.", "too many values"),
    BAD_NUMBER("Значение «%s» в <%s> не является числом.", "not a number"),
    BAD_VALUE("Недопустимое значение «%s» в <%s>: %s.", "value out of range"),
    ZIP_CORRUPT("Архив повреждён или это не zip: %s", "corrupt archive"),
    ZIP_UNSAFE_NAME("Недопустимое имя файла в архиве «%s»: путь выходит за папку обмена.", "unsafe entry name"),
    ZIP_DUPLICATE_ENTRY("Файл «%s» встречается в архиве дважды.", "duplicate entry"),
    ZIP_TOO_MANY_ENTRIES("В архиве больше %s файлов.", "too many entries"),
    ZIP_TOO_LARGE("Распакованное содержимое архива больше %s байт.", "archive too large uncompressed"),
    ZIP_RATIO("Файл «%s» в архиве сжат более чем в %s раз: похоже на zip-бомбу.", "compression ratio too high");

    private final String russian;
    private final String gist;

    Problem(String russian, String gist) {
        this.russian = russian;
        this.gist = gist;
    }

    /** The Russian sentence with its blanks filled. */
    String describe(Object... details) {
        return details.length == 0 ? russian : String.format(russian, details);
    }

    /** A few English words for developers and log searches. */
    public String gist() {
        return gist;
    }
}
