package ru.krek.optovik.mail.internal.letters;

/**
 * The keys client letters read from optovik.mail and optovik.web (public.url, the base of every
 * link in a letter); each is declared with its description in that PID's metatype.
 */
public @interface LetterLinks {

    String public_url() default "http://localhost:8080/";

    String unsubscribe_address() default "";

    int attachment_max_kb() default 5120;

    int pricelist_link_days() default 14;
}
