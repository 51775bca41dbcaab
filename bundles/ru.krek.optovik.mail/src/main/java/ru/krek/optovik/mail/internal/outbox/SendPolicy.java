package ru.krek.optovik.mail.internal.outbox;

import java.time.Duration;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.krek.optovik.mail.internal.config.MailConfig;

/**
 * How fast and when the outbox sends, from optovik.mail: the pace, the daily cap, the send window,
 * the retry backoff and when a letter or a campaign gives up.
 *
 * @param perMinute     letters per minute; 0: as fast as the transport takes them
 * @param dailyCap      letters per day; 0: no cap
 * @param windowFrom    first hour letters leave (inclusive); equal to windowTo: any time
 * @param windowTo      hour letters stop leaving (exclusive); before windowFrom: the window spans midnight
 * @param retryBase     delay before the first retry; doubles each attempt
 * @param maxAttempts   attempts before temporary failures fail the letter
 * @param campaignLimit failed letters that pause a campaign
 */
public record SendPolicy(int perMinute, int dailyCap, int windowFrom, int windowTo, Duration retryBase, int maxAttempts,
        int campaignLimit) {

    static final Duration LONGEST_BACKOFF = Duration.ofHours(6);
    private static final Pattern WINDOW = Pattern.compile("\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*");

    /**
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public static SendPolicy of(MailConfig config) {
        positive("rate.per.minute", config.rate_per_minute(), 0);
        positive("daily.cap", config.daily_cap(), 0);
        positive("retry.base.seconds", config.retry_base_seconds(), 1);
        positive("retry.max.attempts", config.retry_max_attempts(), 1);
        positive("campaign.max.failures", config.campaign_max_failures(), 1);
        int from = 0;
        int to = 0;
        String window = config.send_window() == null ? "" : config.send_window();
        if (!window.isBlank()) {
            Matcher m = WINDOW.matcher(window);
            if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 24
                    || Integer.parseInt(m.group(1)) == Integer.parseInt(m.group(2))) {
                throw new IllegalArgumentException("optovik.mail: send.window must be hours like 8-20 or 22-6, not '"
                        + window.replaceAll("\\p{Cntrl}", "?") + "'");
            }
            from = Integer.parseInt(m.group(1));
            to = Integer.parseInt(m.group(2)) % 24;
        }
        return new SendPolicy(config.rate_per_minute(), config.daily_cap(), from, to, Duration.ofSeconds(config.retry_base_seconds()),
                config.retry_max_attempts(), config.campaign_max_failures());
    }

    private static void positive(String key, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException("optovik.mail: " + key + " must be at least " + least + ", not " + value);
        }
    }

    /** Time between two letters. */
    public Duration interval() {
        return perMinute == 0 ? Duration.ZERO : Duration.ofNanos(60_000_000_000L / perMinute);
    }

    public boolean windowOpen(LocalTime now) {
        if (windowFrom == windowTo) {
            return true;
        }
        int hour = now.getHour();
        return windowFrom < windowTo ? hour >= windowFrom && hour < windowTo : hour >= windowFrom || hour < windowTo;
    }

    /** The wait before attempt {@code attempts + 1}: retryBase × 2^(attempts − 1), at most six hours. */
    public Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration delay = retryBase.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : delay;
    }
}
