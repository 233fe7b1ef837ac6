package io.commerceresolver.filedrop;

/** A dropped file that makes no ticket, and why: the words go in the reason file beside it. */
public class FileRefused extends RuntimeException {

    public FileRefused(String reason) {
        super(reason);
    }
}
