package ru.krek.optovik.notify.internal;

/** The one key of {@code optovik.web} letters need (the web bundle describes it). */
@interface SiteConfig {

    String public_url() default "http://localhost:8080/";
}
