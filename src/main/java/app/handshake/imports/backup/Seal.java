package app.handshake.imports.backup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the values a backup must carry but nobody may read from the file: password hashes, token and feed
 * secret hashes, private notes. AES-256-GCM under a key derived from the backup's passphrase with
 * PBKDF2-HMAC-SHA256; every value has its own random nonce, and names its place (table, column, row) as
 * associated data, so that a sealed value cannot be moved to another user or column unnoticed.
 */
final class Seal {

    static final String CIPHER = "AES-256-GCM";
    static final String KDF = "PBKDF2-HMAC-SHA256";
    static final int ITERATIONS = 600_000;
    static final int MIN_PASSPHRASE = 10;
    private static final String CHECK = "handshake backup";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] salt;
    private final int iterations;

    private Seal(char[] passphrase, byte[] salt, int iterations) {
        this.salt = salt.clone();
        this.iterations = iterations;
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256)).getEncoded();
            this.key = new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no PBKDF2WithHmacSHA256", e);
        }
    }

    /** A new seal with a fresh salt, for writing a backup. */
    static Seal create(char[] passphrase) {
        requireStrong(passphrase);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new Seal(passphrase, salt, ITERATIONS);
    }

    /** The seal a backup was written with; refuses a wrong passphrase by the backup's check value. */
    static Seal open(char[] passphrase, String salt, int iterations, String check) {
        if (iterations < 1 || iterations > 10_000_000) {
            throw new InvalidBackupException("The backup's seal names " + iterations + " iterations", null);
        }
        Seal seal = new Seal(passphrase, decode(salt), iterations);
        String opened;
        try {
            opened = seal.open("check", check);
        } catch (InvalidBackupException e) {
            throw new WrongPassphraseException();
        }
        if (!CHECK.equals(opened)) {
            throw new WrongPassphraseException();
        }
        return seal;
    }

    static void requireStrong(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new IllegalArgumentException("A backup passphrase needs at least " + MIN_PASSPHRASE + " characters");
        }
    }

    String salt() {
        return Base64.getEncoder().encodeToString(salt);
    }

    int iterations() {
        return iterations;
    }

    String check() {
        return seal("check", CHECK);
    }

    String seal(String place, String value) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    String open(String place, String sealedValue) {
        byte[] all = decode(sealedValue);
        if (all.length < NONCE + TAG_BITS / 8) {
            throw new InvalidBackupException("A sealed value of " + place + " is too short", null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new InvalidBackupException("A sealed value of " + place + " was changed or belongs elsewhere", null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidBackupException("A sealed value is not Base64", null);
        }
    }
}
