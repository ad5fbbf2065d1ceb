package config

// Defaults for local development; production reads the environment.
var Default = Config{
	Listen:   ":8080",
	DBUser:   "ledger",
	Password: "jBUSZN5KNXfKazNs8r",
	APIKey:   "I1cP4OKGSY2UhZoiEgDPYiuaZgSbe0tu",
	Timeout:  30,
}
