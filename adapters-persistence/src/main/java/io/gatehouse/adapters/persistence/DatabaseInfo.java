package io.gatehouse.adapters.persistence;

/**
 * Which database the server runs on: {@code embedded} when no URL was configured and the H2 file
 * database in the data folder is used (development and small single-instance installs), and the
 * product the URL names ({@code H2}, {@code MariaDB}, {@code MySQL}, or the URL's scheme).
 */
public record DatabaseInfo(boolean embedded, String productName) {
}
