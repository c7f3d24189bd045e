; certjax: rule losses.softmax_cross_entropy, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!21 () Real)
(declare-fun sg!10 () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |labels[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |labels[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun |labels[2]| () Real)
(declare-fun exp!5 () Real)
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (< 0.0 ?x86)))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (< 0.0 ?x86)))))))
(assert
 (let ((?x124 (- log!21)))
 (let ((?x8 (- sg!10)))
 (let ((?x13 (+ |logits[1]| ?x8)))
 (let ((?x131 (+ ?x13 ?x124)))
 (let ((?x132 (* |labels[1]| ?x131)))
 (let ((?x11 (+ |logits[0]| ?x8)))
 (let ((?x128 (+ ?x11 ?x124)))
 (let ((?x129 (* |labels[0]| ?x128)))
 (let ((?x133 (+ ?x129 ?x132)))
 (let ((?x9 (+ |logits[2]| ?x8)))
 (let ((?x125 (+ ?x9 ?x124)))
 (let ((?x126 (* |labels[2]| ?x125)))
 (let ((?x134 (+ ?x126 ?x133)))
 (let ((?x135 (- ?x134)))
 (or (and (distinct ?x135 ?x135) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[0]|)))
(assert
 (= (< sg!10 |logits[0]|) (< exp!2 exp!1)))
(assert
 (= (< |logits[0]| sg!10) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> sg!10 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 sg!10)))
(assert
 (= (< |logits[1]| |logits[0]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[0]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (= (< |logits[1]| sg!10) (< exp!3 exp!2)))
(assert
 (= (< sg!10 |logits[1]|) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< |logits[2]| |logits[0]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[0]| |logits[2]|) (< exp!1 exp!4)))
(assert
 (= (< |logits[2]| sg!10) (< exp!4 exp!2)))
(assert
 (= (< sg!10 |logits[2]|) (< exp!2 exp!4)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!21 |logits[0]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[0]| log!21) (< exp!1 exp!5)))
(assert
 (= (< log!21 sg!10) (< exp!5 exp!2)))
(assert
 (= (< sg!10 log!21) (< exp!2 exp!5)))
(assert
 (= (< log!21 |logits[1]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[1]| log!21) (< exp!3 exp!5)))
(assert
 (= (< log!21 |logits[2]|) (< exp!5 exp!4)))
(assert
 (= (< |logits[2]| log!21) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!21 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!21)))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
(let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x58 (+ ?x36 ?x57)))
(let ((?x85 (/ (* 1.0 exp!4) exp!2)))
(let ((?x86 (+ ?x85 ?x58)))
(=> (> ?x86 0.0) (= exp!5 ?x86))))))))
(check-sat)
(pop 1)
