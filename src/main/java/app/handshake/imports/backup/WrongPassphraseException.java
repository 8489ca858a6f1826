package app.handshake.imports.backup;

/** The passphrase does not open this backup's sealed values. */
public class WrongPassphraseException extends InvalidBackupException {

    WrongPassphraseException() {
        super("The passphrase does not open this backup", null);
    }
}
