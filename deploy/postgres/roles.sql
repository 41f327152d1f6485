-- Haven's database and its two login roles, on a PostgreSQL 17 server you run yourself
-- (deploy/README.md). On Kubernetes, CloudNativePG does the same from
-- deploy/kubernetes/base/postgres-cluster.yaml; the test suite does it in PostgresResource.
--
-- Run once, as a superuser, with the passwords as psql variables (never in this file):
--   psql -h DB_HOST -U postgres -d postgres -v ON_ERROR_STOP=1 \
--        -v owner_password='...' -v app_password='...' -f deploy/postgres/roles.sql
--
-- haven_owner owns the database and its schema and runs the Flyway migrations
--   (HAVEN_DB_MIGRATION_USER).
-- haven_app serves requests (HAVEN_DB_USER). It gets nothing here but the right to connect;
--   the migrations grant it the rest, by name, when Flyway applies them at start.

create role haven_owner with login nosuperuser nocreatedb nocreaterole noreplication
    password :'owner_password';
create role haven_app with login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls
    password :'app_password';

create database haven owner haven_owner;
revoke all on database haven from public;
grant connect on database haven to haven_app;

\connect haven
alter schema public owner to haven_owner;
