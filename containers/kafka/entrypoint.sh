#!/usr/bin/env bash
# Starts the broker. The first time: a key and certificate for the broker (its own CA, valid for the names clients
# use: KAFKA_HOST_NAMES), unless an operator put theirs there (broker.p12 in /var/lib/kafka/key, the CA that signed it
# as ca.pem in /var/lib/kafka/tls, the volume clients read; the key's volume is the broker's alone); then the log
# formatted with the admin user. Every time: the broker, then the platform's topics, users and ACLs (KafkaSetup), and
# only then ready (the health check reads /tmp/kafka-ready).
set -euo pipefail

: "${KAFKA_ADMIN_PASSWORD:?set KAFKA_ADMIN_PASSWORD}"
: "${KAFKA_TLS_STORE_PASSWORD:?set KAFKA_TLS_STORE_PASSWORD}"
: "${KAFKA_HOST_NAMES:=kafka,localhost}"
: "${KAFKA_NUM_PARTITIONS:=3}"
# Where clients reach the listener: the compose network's name by default. A test that publishes the port on the same
# number on its host sets KAFKA_PORT and KAFKA_ADVERTISED_ADDRESS=localhost:<port>, valid inside the container too.
: "${KAFKA_PORT:=9092}"
: "${KAFKA_ADVERTISED_ADDRESS:=kafka:$KAFKA_PORT}"
data=/var/lib/kafka/data
tls=/var/lib/kafka/tls
key=/var/lib/kafka/key
classpath="/opt/kafka/libs/*"
export KAFKA_NUM_PARTITIONS

if [ ! -f "$key/broker.p12" ]; then
  san=$(printf 'dns:%s,' ${KAFKA_HOST_NAMES//,/ })
  keytool -genkeypair -alias broker -keyalg EC -groupname secp256r1 -dname "CN=kafka" -ext "SAN=${san%,}" \
    -validity 825 -storetype PKCS12 -keystore "$key/broker.p12" -storepass "$KAFKA_TLS_STORE_PASSWORD" 2>/dev/null
  keytool -exportcert -rfc -alias broker -storetype PKCS12 -keystore "$key/broker.p12" \
    -storepass "$KAFKA_TLS_STORE_PASSWORD" -file "$tls/ca.pem" 2>/dev/null
  echo "Made the broker's certificate for ${KAFKA_HOST_NAMES}; clients trust $tls/ca.pem"
fi

jaas="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"${KAFKA_ADMIN_PASSWORD}\";"
config=/tmp/server.properties
cat > "$config" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=localhost:9093
listeners=SASL_SSL://:$KAFKA_PORT,CONTROLLER://localhost:9093
advertised.listeners=SASL_SSL://$KAFKA_ADVERTISED_ADDRESS
controller.listener.names=CONTROLLER
log.dirs=$data
num.partitions=$KAFKA_NUM_PARTITIONS
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL
listener.name.controller.ssl.client.auth=required
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=$jaas
ssl.keystore.type=PKCS12
ssl.keystore.location=$key/broker.p12
ssl.keystore.password=$KAFKA_TLS_STORE_PASSWORD
ssl.truststore.type=PEM
ssl.truststore.location=$tls/ca.pem
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:CN=kafka
allow.everyone.if.no.acl.found=false
PROPERTIES
chmod 600 "$config"

logging="-Dlog4j2.configurationFile=/opt/kafka/log4j2.yaml"
if [ ! -f "$data/meta.properties" ]; then
  java $logging -cp "$classpath" kafka.tools.StorageTool format --standalone \
    -t "$(java $logging -cp "$classpath" kafka.tools.StorageTool random-uuid)" -c "$config" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]"
fi

rm -f /tmp/kafka-ready
java $logging -Xms256m -Xmx512m -cp "$classpath" kafka.Kafka "$config" &
broker=$!
trap 'kill -TERM "$broker"; wait "$broker"' TERM INT

KAFKA_SETUP_BOOTSTRAP=localhost:$KAFKA_PORT KAFKA_SETUP_TRUST="$tls/ca.pem" KAFKA_SETUP_USERS=/opt/kafka/users.yaml \
  java $logging -cp "$classpath" uk.send.launcher.KafkaSetup
touch /tmp/kafka-ready
wait "$broker"
