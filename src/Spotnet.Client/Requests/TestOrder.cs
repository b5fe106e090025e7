using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>An order checked but not placed (<c>POST /api/v3/order/test</c>, <c>POST /api/v3/sor/order/test</c>).</summary>
/// <param name="Order">The order to check.</param>
public sealed record TestOrder(NewOrder Order) : SignedRequest
{
    /// <summary>Whether to return the commission rates the order would pay (<c>computeCommissionRates</c>); raises the weight to 20.</summary>
    public bool? ComputeCommissionRates { get; init; }

    internal override void WriteParameters(ParameterWriter writer)
    {
        Order.WriteParameters(writer);
        writer.Add("computeCommissionRates", ComputeCommissionRates);
    }
}
