-- One database per service on one server, as in the local run.
CREATE DATABASE referral OWNER send;
CREATE DATABASE triage OWNER send;
CREATE DATABASE transition OWNER send;
CREATE DATABASE notification OWNER send;
CREATE DATABASE keycloak OWNER send;
