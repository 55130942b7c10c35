-- Mistake: a password in the repository.
CREATE USER 'reporting'@'%' IDENTIFIED BY 'S3cr3t-Passw0rd';

GRANT ALL PRIVILEGES ON *.* TO 'reporting'@'%';
