#!/usr/bin/python3
"""A loopback SMTP server for Optovik's tests (Debian's python3-aiosmtpd): it stores every accepted
letter as an .eml file in --spool (envelope in X-Envelope-From / X-Envelope-To lines on top, then
X-Helo: the name the client gave in EHLO, which tells two senders apart) and answers the codes the
test asks for.

Faults come from --rules, a JSON list re-read whenever the file changes (its counters restart then):
  [{"stage": "mail" | "rcpt" | "data", "address": "optional, one address", "reply": "451 4.3.0 later", "times": 1}]
"times" absent or -1: always. With --user/--password the server requires AUTH (PLAIN/LOGIN) with
exactly those. With --tls-cert/--tls-key (PEM) the server offers STARTTLS, and --require-starttls makes it
refuse every command but EHLO, NOOP, QUIT and STARTTLS until the session is encrypted; a letter that came
over TLS carries an X-Envelope-TLS line (the protocol) below the envelope lines. Prints "ready" once
listening; stops when its stdin closes.
"""
import argparse, json, os, ssl, sys, time
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Rules:
    def __init__(self, path):
        self.path, self.stamp, self.rules, self.counts = path, None, [], {}

    def answer(self, stage, address=None):
        try:
            stamp = os.stat(self.path).st_mtime_ns if self.path else None
        except FileNotFoundError:
            stamp = None
        if stamp != self.stamp:
            self.stamp, self.counts = stamp, {}
            with open(self.path, encoding="utf-8") if stamp else open(os.devnull) as f:
                text = f.read()
            self.rules = json.loads(text) if text.strip() else []
        for i, rule in enumerate(self.rules):
            if rule["stage"] != stage:
                continue
            if "address" in rule and (address or "").lower() != rule["address"].lower():
                continue
            used = self.counts.get(i, 0)
            if rule.get("times", -1) >= 0 and used >= rule["times"]:
                continue
            self.counts[i] = used + 1
            return rule["reply"]
        return None


class Handler:
    def __init__(self, spool, rules):
        self.spool, self.rules, self.seq = spool, rules, 0

    async def handle_MAIL(self, server, session, envelope, address, options):
        refused = self.rules.answer("mail", address)
        if refused:
            return refused
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):
        refused = self.rules.answer("rcpt", address)
        if refused:
            return refused
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        refused = self.rules.answer("data")
        if refused:
            return refused
        self.seq += 1
        name = "%d-%06d" % (time.time_ns(), self.seq)
        head = "X-Envelope-From: %s\r\nX-Envelope-To: %s\r\nX-Helo: %s\r\n" % (
            envelope.mail_from, ", ".join(envelope.rcpt_tos), session.host_name)
        if session.ssl:
            head += "X-Envelope-TLS: %s\r\n" % session.ssl["ssl_object"].version()
        temp = os.path.join(self.spool, "." + name + ".tmp")
        with open(temp, "wb") as f:
            f.write(head.encode("ascii") + envelope.original_content)
        os.rename(temp, os.path.join(self.spool, name + ".eml"))
        return "250 2.0.0 queued as " + name


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--port", type=int, required=True)
    args.add_argument("--spool", required=True)
    args.add_argument("--rules")
    args.add_argument("--user")
    args.add_argument("--password")
    args.add_argument("--tls-cert")
    args.add_argument("--tls-key")
    args.add_argument("--require-starttls", action="store_true")
    a = args.parse_args()
    os.makedirs(a.spool, exist_ok=True)

    def authenticate(server, session, envelope, mechanism, data):
        ok = data.login.decode() == a.user and data.password.decode() == a.password
        return AuthResult(success=ok, handled=False)

    auth = dict(authenticator=authenticate, auth_required=True, auth_require_tls=False) if a.user else {}
    if a.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.tls_cert, a.tls_key)
        auth.update(tls_context=context, require_starttls=a.require_starttls)
    controller = Controller(Handler(a.spool, Rules(a.rules)), hostname="127.0.0.1", port=a.port,
                            data_size_limit=64 * 1024 * 1024, **auth)
    controller.start()
    print("ready", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
