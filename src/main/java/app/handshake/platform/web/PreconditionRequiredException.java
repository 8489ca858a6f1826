package app.handshake.platform.web;

/** A write that must name the version it builds on came without If-Match. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("Send the ETag you read in an If-Match header, so that nobody's change is overwritten");
    }
}
