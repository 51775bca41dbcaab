package ru.krek.optovik.api.client;

/**
 * The KREK manager responsible for a client: their address is the Reply-To of every letter to the client.
 *
 * @param name  as letters sign; may be empty
 * @param email where the client's replies go
 */
public record Manager(String name, String email) {

    public Manager {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
    }
}
