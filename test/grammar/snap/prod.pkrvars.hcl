# Production values for web-ami.pkr.hcl
region         = "eu-west-1"
instance_types = ["m5.large", "m5.xlarge"]
tags = {
  Team        = "platform"
  Environment = "prod"
  "cost-center" = "4711"
}
db_password = null # set with PKR_VAR_db_password
