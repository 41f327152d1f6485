create table if not exists thing (id uuid primary key, version bigint not null, name varchar(80));
