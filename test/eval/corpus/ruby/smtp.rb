# config/initializers/smtp.rb
ActionMailer::Base.smtp_settings = {
  address: "smtp.acme-corp.io",
  port: 587,
  user_name: "storefront-mailer",
  password: "Tz9wKq4Lm2vRxB",
  authentication: :plain,
  enable_starttls_auto: true,
}

Devise.setup do |config|
  config.password_length = 12..128
  config.reset_password_within = 6.hours
  config.pepper = ENV.fetch("DEVISE_PEPPER")
end
