package ru.krek.optovik.clients.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class InnTest {

    /** Real INNs: Сбербанк, Яндекс, Газпром, ВТБ; two individual entrepreneurs' 12-digit INNs. */
    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7736207543", "7736050003", "7702070139", "500100732259", "773370857141"})
    void realInnsPass(String inn) {
        assertEquals(Optional.empty(), Inn.innProblem(inn));
    }

    /** One digit off (Сбербанк's, the entrepreneur's first or second check digit), and a made-up one. */
    @ParameterizedTest
    @ValueSource(strings = {"7707083894", "500100732258", "500100732269", "1234567890", "7736207544"})
    void wrongCheckDigitsAreRefused(String inn) {
        assertTrue(Inn.innProblem(inn).orElseThrow().contains("контрольной"), inn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"770708389", "77070838933", "7707o83893", "1234567890123", "７７０７０８３８９３"})
    void wrongLengthOrNonDigitsAreRefused(String inn) {
        assertTrue(Inn.innProblem(inn).orElseThrow().contains("10 цифр"), inn);
    }

    @Test
    void anEmptyInnIsRequired() {
        assertEquals(Optional.of("укажите ИНН"), Inn.innProblem(""));
    }

    @Test
    void aKppGoesWithATenDigitInn() {
        assertEquals(Optional.empty(), Inn.kppProblem("773601001", "7707083893"));
        assertEquals(Optional.empty(), Inn.kppProblem("7736AB001", "7707083893"));
        assertEquals(Optional.empty(), Inn.kppProblem("", "7707083893"));
        assertEquals(Optional.empty(), Inn.kppProblem("", "500100732259"));
    }

    @Test
    void aTwelveDigitInnWithAKppIsRefused() {
        assertTrue(Inn.kppProblem("773601001", "500100732259").orElseThrow().contains("12 цифр"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"77360100", "7736010011", "7736ab001", "77360100X", "ABCD01001"})
    void malformedKppsAreRefused(String kpp) {
        assertTrue(Inn.kppProblem(kpp, "7707083893").orElseThrow().contains("9 знаков"), kpp);
    }
}
