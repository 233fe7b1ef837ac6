package io.commerceresolver.user;

/** An adaptive password hash (Spring Security's DelegatingPasswordEncoder behind it). */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
