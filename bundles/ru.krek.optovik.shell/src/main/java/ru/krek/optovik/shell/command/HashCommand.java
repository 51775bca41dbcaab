package ru.krek.optovik.shell.command;

import java.security.SecureRandom;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import ru.krek.optovik.shell.internal.Passwords;

/** shell:hash — makes the password hash an operator's entry in optovik.shell users needs. */
@Component(service = HashCommand.class, property = {
        "osgi.command.scope=shell",
        "osgi.command.function=hash" })
public final class HashCommand {

    private final SecureRandom random = new SecureRandom();

    @Descriptor("prints a salted PBKDF2 hash of a password, for 'users' in optovik.shell.cfg")
    public String hash(@Descriptor("the password") String password) {
        if (password.length() < 8) {
            throw new IllegalArgumentException("a password needs at least 8 characters");
        }
        return Passwords.hash(password, random);
    }
}
