namespace Spotnet.Engine.Core;

/// <summary>A FIFO queue of orders at one price (intrusive doubly linked list).</summary>
internal sealed class PriceLevel
{
    public long Price;
    public long Total;
    public int Count;
    public Order? Head;
    public Order? Tail;

    public void Append(Order order)
    {
        order.Level = this;
        order.Previous = Tail;
        order.Next = null;
        if (Tail is null)
        {
            Head = order;
        }
        else
        {
            Tail.Next = order;
        }

        Tail = order;
        Count++;
        Total += order.Visible;
    }

    public void Unlink(Order order)
    {
        if (order.Previous is null)
        {
            Head = order.Next;
        }
        else
        {
            order.Previous.Next = order.Next;
        }

        if (order.Next is null)
        {
            Tail = order.Previous;
        }
        else
        {
            order.Next.Previous = order.Previous;
        }

        order.Previous = order.Next = null;
        order.Level = null;
        Count--;
        Total -= order.Visible;
    }
}
