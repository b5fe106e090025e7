using System.Buffers;
using System.Globalization;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models;
using Spotnet.Server.Api;
using E = Spotnet.Engine;
using M = Spotnet.Protocol.Models.Trading;
using P = Spotnet.Protocol.Enums;

namespace Spotnet.Server.Endpoints;

/// <summary><c>POST /api/v3/order/cancelReplace</c>: cancel an order and place a new one, with Binance's status matrix.</summary>
public static class TradingCancelReplace
{
    /// <summary>Adds the cancel-replace endpoint.</summary>
    public static ApiRouteTable MapCancelReplace(this ApiRouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.Map(EndpointId.CancelReplaceOrder, CancelReplaceAsync, TradingParameters.EnumsOf(EndpointId.CancelReplaceOrder));
    }

    private static async ValueTask<ApiResult> CancelReplaceAsync(ApiRequest request)
    {
        var (cancelOrderId, cancelClientOrderId, missing) = TradingParameters.Reference(request, "cancelOrderId", "cancelOrigClientOrderId");
        if (missing is { } missingReference)
        {
            return missingReference;
        }

        var host = TradingEndpoints.Host(request);
        if (TradingParameters.ReadOrder(request, host.Catalog, out var newOrder) is { } invalid)
        {
            return invalid;
        }

        var mode = request.Get("cancelReplaceMode") == "ALLOW_FAILURE" ? E.CancelReplaceMode.AllowFailure : E.CancelReplaceMode.StopOnFailure;
        var restrictions = TradingParameters.Enum<P.CancelRestrictions, E.CancelRestrictions>(request, "cancelRestrictions") ?? E.CancelRestrictions.None;
        var cancelNewClientOrderId = TradingParameters.ClientOrderId(request, "cancelNewClientOrderId");
        var responseType = TradingParameters.ResponseType(request, newOrder.Type);
        var (late, outcome, canceled, placement) = await host.RunAsync(session =>
        {
            if (request.CheckRecvWindowBeforeEngine() is { } tooLate)
            {
                return (tooLate, default, default, null);
            }

            var account = session.Account(request.AccountId);
            var time = session.Now;
            var result = session.CancelReplace(new E.CancelReplace
            {
                Time = time,
                Mode = mode,
                Cancel = new E.CancelOrder
                {
                    Time = time, AccountId = account, SymbolId = newOrder.SymbolId, OrderId = cancelOrderId,
                    OriginalClientOrderId = cancelClientOrderId, NewClientOrderId = cancelNewClientOrderId, CancelRestrictions = restrictions,
                },
                NewOrder = newOrder with { AccountId = account, Time = time },
                NewOrderAllowed = request.OrderLimitError is null,
            });
            var canceledUpdate = default(E.OrderUpdate);
            if (result.CancelStatus == E.CancelReplaceStatus.Success)
            {
                foreach (var update in session.Output.OrderUpdates.Items)
                {
                    if (update.Order.OrderId == result.Cancel.OrderId && update.ExecutionType == E.ExecutionType.Canceled)
                    {
                        canceledUpdate = update;
                    }
                }
            }

            var placed = result.NewOrderStatus == E.CancelReplaceStatus.Success
                ? OrderPlacement.Capture(session, account, newOrder.SymbolId, result.NewOrder.OrderId, time)
                : null;
            return ((SpotError?)null, result, canceledUpdate, placed);
        }, request).ConfigureAwait(false);
        if (late is { } error)
        {
            return error;
        }

        // A filter failure or a parameter error of the new order (-1102, -1106, -1114) is found before anything is
        // canceled: a plain error, as for a new order.
        if (outcome.CancelStatus == E.CancelReplaceStatus.NotAttempted)
        {
            return TradingMapping.Error(outcome.NewOrder);
        }

        var cancelResponse = outcome.CancelStatus == E.CancelReplaceStatus.Success
            ? new M.CancelOutcome { Order = TradingMapping.Canceled(request, host.Catalog, canceled) }
            : new M.CancelOutcome { Error = new ErrorResponse { Code = outcome.Cancel.Code, Message = outcome.Cancel.Message } };
        M.NewOrderOutcome? newOrderResponse = outcome.NewOrderStatus switch
        {
            E.CancelReplaceStatus.Success => new M.NewOrderOutcome { Order = TradingMapping.NewOrder(request, host.Catalog, placement!, responseType) },
            E.CancelReplaceStatus.Failure when request.OrderLimitError is { } limit => new M.NewOrderOutcome { Error = new ErrorResponse { Code = limit.Code, Message = limit.Message } },
            E.CancelReplaceStatus.Failure => new M.NewOrderOutcome { Error = new ErrorResponse { Code = outcome.NewOrder.Code, Message = outcome.NewOrder.Message } },
            _ => null,
        };
        var response = new M.CancelReplaceResponse
        {
            CancelResult = outcome.CancelStatus == E.CancelReplaceStatus.Success ? P.CancelReplaceResult.Success : P.CancelReplaceResult.Failure,
            NewOrderResult = TradingMapping.Map<E.CancelReplaceStatus, P.NewOrderResult>(outcome.NewOrderStatus),
            CancelResponse = cancelResponse,
            NewOrderResponse = newOrderResponse,
        };
        if (outcome.IsSuccess)
        {
            return ApiResult.Json(response, SpotJsonContext.Default.CancelReplaceResponse);
        }

        // A new order refused by the unfilled order count was never placed and adds nothing.
        // A new order that was placed, or not attempted, still counts toward the unfilled order count (rest-api.md);
        // the pipeline only counts successes, so a failed cancel-replace adds its order here.
        if (outcome.NewOrderStatus != E.CancelReplaceStatus.Failure && request.OrderLimitError is null)
        {
            var limiter = request.Services.GetRequiredService<OrderCountLimiter>();
            var nowMilliseconds = limiter.Clock.NowMilliseconds;
            limiter.Add(request.AccountId, 1, nowMilliseconds);
            if (request.FirstFills > 0)
            {
                limiter.Decrement(request.AccountId, request.FirstFills, nowMilliseconds);
            }
        }

        var partial = outcome.CancelStatus == E.CancelReplaceStatus.Success || outcome.NewOrderStatus == E.CancelReplaceStatus.Success;
        var failure = partial ? SpotError.CancelReplacePartiallyFailed : SpotError.CancelReplaceFailed;
        // rest-api.md's matrix answers STOP_ON_FAILURE + CANCEL_ONLY over the limit with 429, whatever the cancel did.
        var status = request.OrderLimitError is not null && mode == E.CancelReplaceMode.StopOnFailure ? StatusCodes.Status429TooManyRequests : failure.HttpStatus;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            // "If you have exceeded this, you will receive a 429 error with the Retry-After header."
            request.Http.Response.Headers.RetryAfter = request.OrderLimitRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return new FailureWithData(failure, status, response);
    }

    /// <summary>A cancel-replace failure: <c>{code, msg, data}</c> with both halves' outcomes.</summary>
    private sealed class FailureWithData(SpotError error, int status, M.CancelReplaceResponse data) : ApiResult
    {
        public override SpotError? Error => error;

        // rest-api.md's matrix may answer with another status than the error's usual one.
        private protected override int? Status => status;

        private protected override void Write(IBufferWriter<byte> output) => Serialize(
            output,
            new M.CancelReplaceErrorResponse { Code = error.Code, Message = error.Message, Data = data },
            SpotJsonContext.Default.CancelReplaceErrorResponse);
    }
}
