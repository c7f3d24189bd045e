; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'mass_conserved[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x97 (/ ?x36 ?x57)))
 (let ((?x98 (- ?x97)))
 (let ((?x101 (* 0.0 ?x98)))
 (let ((?x99 (+ 1.0 ?x98)))
 (let ((?x115 (+ ?x99 ?x101)))
 (let ((?x116 (+ ?x101 ?x115)))
 (let ((?x117 (/ ?x36 exp!4)))
 (let ((?x118 (* ?x117 ?x116)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x109 (+ ?x98 ?x100)))
 (let ((?x110 (+ ?x101 ?x109)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x112 (* ?x111 ?x110)))
 (let ((?x119 (+ ?x112 ?x118)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x103 (+ ?x98 ?x102)))
 (let ((?x104 (/ ?x56 exp!4)))
 (let ((?x105 (* ?x104 ?x103)))
 (let ((?x120 (+ ?x105 ?x119)))
 (or (and (distinct 0.0 ?x120) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun log!221 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (< 0.0 ?x484)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let ((?x305 (/ ?x125 ?x484)))
 (let ((?x302 (- ?x305)))
 (let ((?x232 (* 0.0 ?x302)))
 (let ((?x303 (+ 1.0 ?x302)))
 (let ((?x247 (+ ?x303 ?x232)))
 (let ((?x257 (+ ?x232 ?x247)))
 (let ((?x259 (/ ?x125 exp!5)))
 (let ((?x170 (* ?x259 ?x257)))
 (let ((?x231 (* 0.0 ?x303)))
 (let ((?x180 (+ ?x302 ?x231)))
 (let ((?x160 (+ ?x232 ?x180)))
 (let ((?x157 (/ ?x477 exp!5)))
 (let ((?x149 (* ?x157 ?x160)))
 (let ((?x171 (+ ?x149 ?x170)))
 (let ((?x242 (+ ?x231 ?x232)))
 (let ((?x243 (+ ?x302 ?x242)))
 (let ((?x240 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x240 ?x243)))
 (let ((?x272 (+ ?x241 ?x171)))
 (or (and (distinct 0.0 ?x272) true)))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!221 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!221) (< exp!1 exp!5)))
(assert
 (= (< log!221 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!221) (< exp!2 exp!5)))
(assert
 (= (< log!221 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!221) (< exp!3 exp!5)))
(assert
 (= (< log!221 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!221) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!221 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!221)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x125 (/ ?x9 exp!3)))
(let ((?x477 (/ (* 1.0 exp!2) exp!3)))
(let ((?x474 (+ ?x477 ?x125)))
(let ((?x484 (+ 1.0 ?x474)))
(=> (> ?x484 0.0) (= exp!5 ?x484))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!221 () Real)
(declare-fun log!295 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x370 exp!1)))
 (let ((?x220 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x448 (+ ?x465 ?x220)))
 (let (($x450 (= 0.0 ?x448)))
 (not $x450)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x370 exp!1)))
 (let ((?x220 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x448 (+ ?x465 ?x220)))
 (< 0.0 ?x448))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x370 exp!1)))
 (let ((?x220 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x448 (+ ?x465 ?x220)))
 (let (($x450 (= 0.0 ?x448)))
 (not $x450)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x370 exp!1)))
 (let ((?x220 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x448 (+ ?x465 ?x220)))
 (let (($x450 (= 0.0 ?x448)))
 (not $x450)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x370 exp!1)))
 (let ((?x220 (+ 1.0 ?x344)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x448 (+ ?x465 ?x220)))
 (let ((?x505 (/ 1.0 ?x448)))
 (let ((?x449 (- ?x505)))
 (let ((?x339 (* 0.0 ?x449)))
 (let ((?x212 (+ 1.0 ?x449)))
 (let ((?x747 (+ ?x212 ?x339)))
 (let ((?x141 (+ ?x339 ?x747)))
 (let ((?x321 (/ 1.0 exp!6)))
 (let ((?x334 (* ?x321 ?x141)))
 (let ((?x581 (* 0.0 ?x212)))
 (let ((?x197 (+ ?x449 ?x581)))
 (let ((?x188 (+ ?x339 ?x197)))
 (let ((?x181 (/ ?x344 exp!6)))
 (let ((?x537 (* ?x181 ?x188)))
 (let ((?x607 (+ ?x537 ?x334)))
 (let ((?x524 (+ ?x581 ?x339)))
 (let ((?x263 (+ ?x449 ?x524)))
 (let ((?x377 (/ ?x465 exp!6)))
 (let ((?x746 (* ?x377 ?x263)))
 (let ((?x736 (+ ?x746 ?x607)))
 (or (and (distinct 0.0 ?x736) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!221 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!221) (< exp!1 exp!5)))
(assert
 (= (< log!221 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!221) (< exp!2 exp!5)))
(assert
 (= (< log!221 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!221) (< exp!3 exp!5)))
(assert
 (= (< log!221 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!221) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!221 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!221)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (=> (> ?x484 0.0) (= exp!5 ?x484)))))))))
(assert
 (= (< log!295 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!295) (< exp!1 exp!6)))
(assert
 (= (< log!295 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!295) (< exp!2 exp!6)))
(assert
 (= (< log!295 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!295) (< exp!3 exp!6)))
(assert
 (= (< log!295 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!295) (< exp!4 exp!6)))
(assert
 (= (< log!295 log!221) (< exp!6 exp!5)))
(assert
 (= (< log!221 log!295) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!295 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!295)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x344 (/ ?x370 exp!1)))
(let ((?x220 (+ 1.0 ?x344)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x465 (/ ?x55 exp!1)))
(let ((?x448 (+ ?x465 ?x220)))
(=> (> ?x448 0.0) (= exp!6 ?x448)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun log!221 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!295 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (< 0.0 ?x484))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let ((?x305 (/ ?x125 ?x484)))
 (let ((?x302 (- ?x305)))
 (let ((?x232 (* 0.0 ?x302)))
 (let ((?x303 (+ 1.0 ?x302)))
 (let ((?x247 (+ ?x303 ?x232)))
 (let ((?x257 (+ ?x232 ?x247)))
 (let ((?x259 (/ ?x125 exp!5)))
 (let ((?x170 (* ?x259 ?x257)))
 (let ((?x231 (* 0.0 ?x303)))
 (let ((?x180 (+ ?x302 ?x231)))
 (let ((?x160 (+ ?x232 ?x180)))
 (let ((?x157 (/ ?x477 exp!5)))
 (let ((?x149 (* ?x157 ?x160)))
 (let ((?x171 (+ ?x149 ?x170)))
 (let ((?x242 (+ ?x231 ?x232)))
 (let ((?x243 (+ ?x302 ?x242)))
 (let ((?x240 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x240 ?x243)))
 (let ((?x272 (+ ?x241 ?x171)))
 (or (and (distinct 0.0 ?x272) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!221 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!221) (< exp!1 exp!5)))
(assert
 (= (< log!221 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!221) (< exp!2 exp!5)))
(assert
 (= (< log!221 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!221) (< exp!3 exp!5)))
(assert
 (= (< log!221 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!221) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!221 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!221)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (=> (> ?x484 0.0) (= exp!5 ?x484)))))))))
(assert
 (= (< log!295 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!295) (< exp!1 exp!6)))
(assert
 (= (< log!295 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!295) (< exp!2 exp!6)))
(assert
 (= (< log!295 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!295) (< exp!3 exp!6)))
(assert
 (= (< log!295 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!295) (< exp!4 exp!6)))
(assert
 (= (< log!295 log!221) (< exp!6 exp!5)))
(assert
 (= (< log!221 log!295) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!295 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!295)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x344 (/ ?x370 exp!1)))
(let ((?x220 (+ 1.0 ?x344)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x465 (/ ?x55 exp!1)))
(let ((?x448 (+ ?x465 ?x220)))
(=> (> ?x448 0.0) (= exp!6 ?x448)))))))))
(check-sat)
(pop 1)
