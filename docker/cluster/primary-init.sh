#!/bin/bash
# Run once by the postgres image when the primary's data directory is created (docker/compose-cluster.yaml):
# a replication role for the replica's pg_basebackup and streaming, and its pg_hba line.
set -e
psql -v ON_ERROR_STOP=1 -U postgres -c "create role replicator with replication login password '${TOUCHPOINT_REPLICATION_PASSWORD}'"
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
