using System.Data.SqlClient;
using System.Net;
using System.Net.Mail;

namespace Acme.Alerts;

public sealed class AlertSender
{
    private const string BillingConnection =
        "Data Source=sql02.corp.acme-corp.io;Initial Catalog=Billing;User Id=billing;Password=uT5kW9zQm3pRx2;";
    private const string DevConnection = "Data Source=localhost;Initial Catalog=Billing;Integrated Security=True;";

    private readonly SmtpClient _client = new("smtp.acme-corp.io", 587)
    {
        Credentials = new NetworkCredential("alerts@acme-corp.io", "Pq8vLz3RkW2xTa"),
        EnableSsl = true,
    };

    public SmtpClient For(SmtpSettings settings) => new(settings.Host, settings.Port)
    {
        Credentials = new NetworkCredential(settings.User, settings.Password),
    };

    public SqlConnection Billing(bool dev) => new(dev ? DevConnection : BillingConnection);
}

public sealed record SmtpSettings(string Host, int Port, string User, string Password);
