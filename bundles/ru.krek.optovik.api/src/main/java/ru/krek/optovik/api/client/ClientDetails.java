package ru.krek.optovik.api.client;

import java.util.List;

/**
 * The part of a client that the client or a manager types in: who they are and where letters go. The
 * directory validates it (INN and KPP checksums, e-mail form) and names every wrong field.
 *
 * @param company     company name
 * @param inn         ИНН: 10 digits (organisation) or 12 (individual entrepreneur)
 * @param kpp         КПП: 9 characters, only with a 10-digit INN; empty otherwise
 * @param contact     contact person
 * @param email       where price lists go
 * @param extraEmails further recipients of the same letters
 * @param phone       free form
 * @param city        free form
 * @param manager     the KREK manager responsible; null = the configured default manager
 */
public record ClientDetails(String company, String inn, String kpp, String contact, String email,
        List<String> extraEmails, String phone, String city, Manager manager) {

    public ClientDetails {
        company = strip(company);
        inn = strip(inn);
        kpp = strip(kpp);
        contact = strip(contact);
        email = strip(email);
        extraEmails = extraEmails == null ? List.of()
                : List.copyOf(extraEmails.stream().map(ClientDetails::strip).filter(s -> !s.isEmpty()).distinct().toList());
        phone = strip(phone);
        city = strip(city);
    }

    public ClientDetails withManager(Manager manager) {
        return new ClientDetails(company, inn, kpp, contact, email, extraEmails, phone, city, manager);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
