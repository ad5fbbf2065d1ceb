terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIATWJUGEG66LDCTAQR"
  secret_key = "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"
}

resource "aws_db_instance" "reports" {
  identifier        = "reports"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "reports_admin"
  password          = "QRfrXO6ekqessM8fx72Y"
  allocated_storage = 50
}

resource "random_password" "cache" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "reports-cache"
  auth_token           = random_password.cache.result
}
