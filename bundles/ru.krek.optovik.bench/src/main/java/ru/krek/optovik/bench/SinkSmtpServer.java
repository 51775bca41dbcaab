package ru.krek.optovik.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback SMTP server that takes every letter and keeps nothing: the transport's own cost, with
 * the server's taken out (GreenMail reads DATA a byte at a time and parses every letter; on one
 * reused connection that, not the sender, sets the pace).
 */
final class SinkSmtpServer implements AutoCloseable {

    private static final byte[] END = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;
    private final AtomicInteger letters = new AtomicInteger();
    private final Thread acceptor;

    SinkSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "sink-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int letters() {
        return letters.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread session = new Thread(() -> serve(client), "sink-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client; OutputStream out = client.getOutputStream()) {
            Bytes in = new Bytes(client.getInputStream());
            client.setTcpNoDelay(true);
            reply(out, "220 sink ESMTP");
            for (String line = line(in); line != null; line = line(in)) {
                String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        skipData(in);
                        letters.incrementAndGet();
                        reply(out, "250 2.0.0 taken");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** Up to and including CRLF.CRLF; DATA begins right after the 354, so a leading ".\r\n" ends it too. */
    private static void skipData(Bytes in) throws IOException {
        int matched = 2; // as if a CRLF came just before
        for (int b = in.next(); b >= 0; b = in.next()) {
            matched = b == END[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == END.length) {
                return;
            }
        }
    }

    private static String line(Bytes in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.next(); b >= 0; b = in.next()) {
            if (b == '\n') {
                return line.toString().strip();
            }
            line.append((char) b);
        }
        return null;
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Byte by byte from a buffer of its own: BufferedInputStream.read() takes a lock per byte, the cost being left out here. */
    private static final class Bytes {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;

        Bytes(InputStream in) {
            this.in = in;
        }

        int next() throws IOException {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++] & 0xff;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
