; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@2[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x116 (/ 1.0 ?x54)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (* 0.0 ?x117)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x122 (+ ?x117 ?x121)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x123 (* ?x111 ?x122)))
 (let ((?x124 (* |f[2]| ?x123)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x114 (/ ?x113 ?x54)))
 (let ((?x115 (* ?x111 ?x114)))
 (or (and (distinct ?x115 ?x124) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x84 (> ?x54 0.0)))
(=> $x84 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (< 0.0 ?x129)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x510 (= 0.0 ?x129)))
 (not $x510))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x510 (= 0.0 ?x129)))
 (not $x510))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x510 (= 0.0 ?x129)))
 (not $x510))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (< 0.0 ?x129)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x510 (= 0.0 ?x129)))
 (not $x510))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x510 (= 0.0 ?x129)))
 (not $x510))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let ((?x252 (/ ?x126 ?x129)))
 (let ((?x254 (- ?x252)))
 (let ((?x212 (* 0.0 ?x254)))
 (let ((?x156 (+ 1.0 ?x254)))
 (let ((?x211 (* 0.0 ?x156)))
 (let ((?x207 (+ ?x211 ?x212)))
 (let ((?x204 (+ ?x254 ?x207)))
 (let ((?x147 (/ 1.0 exp!7)))
 (let ((?x205 (* ?x147 ?x204)))
 (let ((?x272 (* |f[2]| ?x205)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x148 (/ ?x113 ?x129)))
 (let ((?x248 (* ?x126 ?x148)))
 (let ((?x242 (* ?x147 ?x248)))
 (or (and (distinct ?x242 ?x272) true))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54)))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54)))))))))
(assert
 (let (($x446 (< log!147 |logits[2]|)))
 (= $x446 (< exp!6 exp!1))))
(assert
 (let (($x509 (< |logits[2]| log!147)))
 (= $x509 (< exp!1 exp!6))))
(assert
 (let (($x505 (< log!147 |logits[0]|)))
 (= $x505 (< exp!6 exp!2))))
(assert
 (let (($x396 (< |logits[0]| log!147)))
 (= $x396 (< exp!2 exp!6))))
(assert
 (let (($x503 (< log!147 |logits[1]|)))
 (= $x503 (< exp!6 exp!3))))
(assert
 (let (($x501 (< |logits[1]| log!147)))
 (= $x501 (< exp!3 exp!6))))
(assert
 (let (($x512 (< log!147 log!95)))
 (= $x512 (< exp!6 exp!5))))
(assert
 (let (($x488 (< log!95 log!147)))
 (= $x488 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x227 (> log!147 0.0)))
 (= $x227 (> exp!6 1.0))))
(assert
 (let ((?x235 (+ 1.0 log!147)))
 (>= exp!6 ?x235)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x126 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x328 (> ?x129 0.0)))
 (=> $x328 (= exp!6 ?x129)))))))))
(assert
 (let (($x446 (< log!147 |logits[2]|)))
 (= $x446 (< exp!7 exp!1))))
(assert
 (let (($x509 (< |logits[2]| log!147)))
 (= $x509 (< exp!1 exp!7))))
(assert
 (let (($x505 (< log!147 |logits[0]|)))
 (= $x505 (< exp!7 exp!2))))
(assert
 (let (($x396 (< |logits[0]| log!147)))
 (= $x396 (< exp!2 exp!7))))
(assert
 (let (($x503 (< log!147 |logits[1]|)))
 (= $x503 (< exp!7 exp!3))))
(assert
 (let (($x501 (< |logits[1]| log!147)))
 (= $x501 (< exp!3 exp!7))))
(assert
 (let (($x512 (< log!147 log!95)))
 (= $x512 (< exp!7 exp!5))))
(assert
 (let (($x488 (< log!95 log!147)))
 (= $x488 (< exp!5 exp!7))))
(assert
 (let (($x206 (< log!147 log!147)))
 (= $x206 (< exp!7 exp!6))))
(assert
 (let (($x206 (< log!147 log!147)))
 (= $x206 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x227 (> log!147 0.0)))
 (= $x227 (> exp!7 1.0))))
(assert
 (let ((?x235 (+ 1.0 log!147)))
 (>= exp!7 ?x235)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x128 (/ ?x51 exp!1)))
(let ((?x126 (/ (* 1.0 exp!2) exp!1)))
(let ((?x513 (+ ?x126 ?x128)))
(let ((?x129 (+ 1.0 ?x513)))
(let (($x328 (> ?x129 0.0)))
(=> $x328 (= exp!7 ?x129)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!201 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x125 exp!3)))
 (let ((?x276 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x294 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x294 ?x276)))
 (< 0.0 ?x618))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x125 exp!3)))
 (let ((?x276 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x294 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x294 ?x276)))
 (let (($x395 (= 0.0 ?x618)))
 (not $x395)))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x125 exp!3)))
 (let ((?x276 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x294 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x294 ?x276)))
 (let (($x395 (= 0.0 ?x618)))
 (not $x395)))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x125 exp!3)))
 (let ((?x276 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x294 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x294 ?x276)))
 (let (($x395 (= 0.0 ?x618)))
 (not $x395)))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x125 exp!3)))
 (let ((?x276 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x294 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x294 ?x276)))
 (< 0.0 ?x618))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x125 exp!3)))
 (let ((?x276 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x294 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x294 ?x276)))
 (let (($x395 (= 0.0 ?x618)))
 (not $x395)))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x125 exp!3)))
 (let ((?x276 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x294 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x294 ?x276)))
 (let (($x395 (= 0.0 ?x618)))
 (not $x395)))))))))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x125 exp!3)))
 (let ((?x276 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x294 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x294 ?x276)))
 (let ((?x854 (/ ?x142 ?x618)))
 (let ((?x413 (- ?x854)))
 (let ((?x382 (* 0.0 ?x413)))
 (let ((?x341 (+ 1.0 ?x413)))
 (let ((?x307 (* 0.0 ?x341)))
 (let ((?x218 (+ ?x307 ?x382)))
 (let ((?x463 (+ ?x413 ?x218)))
 (let ((?x598 (/ ?x294 exp!9)))
 (let ((?x231 (* ?x598 ?x463)))
 (let ((?x476 (* |f[2]| ?x231)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x362 (/ ?x113 ?x618)))
 (let ((?x366 (* ?x142 ?x362)))
 (let ((?x641 (* ?x598 ?x366)))
 (or (and (distinct ?x641 ?x476) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x446 (< log!147 |logits[2]|)))
 (= $x446 (< exp!6 exp!1))))
(assert
 (let (($x509 (< |logits[2]| log!147)))
 (= $x509 (< exp!1 exp!6))))
(assert
 (let (($x505 (< log!147 |logits[0]|)))
 (= $x505 (< exp!6 exp!2))))
(assert
 (let (($x396 (< |logits[0]| log!147)))
 (= $x396 (< exp!2 exp!6))))
(assert
 (let (($x503 (< log!147 |logits[1]|)))
 (= $x503 (< exp!6 exp!3))))
(assert
 (let (($x501 (< |logits[1]| log!147)))
 (= $x501 (< exp!3 exp!6))))
(assert
 (let (($x512 (< log!147 log!95)))
 (= $x512 (< exp!6 exp!5))))
(assert
 (let (($x488 (< log!95 log!147)))
 (= $x488 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x227 (> log!147 0.0)))
 (= $x227 (> exp!6 1.0))))
(assert
 (let ((?x235 (+ 1.0 log!147)))
 (>= exp!6 ?x235)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x328 (> ?x129 0.0)))
 (=> $x328 (= exp!6 ?x129))))))))))
(assert
 (let (($x446 (< log!147 |logits[2]|)))
 (= $x446 (< exp!7 exp!1))))
(assert
 (let (($x509 (< |logits[2]| log!147)))
 (= $x509 (< exp!1 exp!7))))
(assert
 (let (($x505 (< log!147 |logits[0]|)))
 (= $x505 (< exp!7 exp!2))))
(assert
 (let (($x396 (< |logits[0]| log!147)))
 (= $x396 (< exp!2 exp!7))))
(assert
 (let (($x503 (< log!147 |logits[1]|)))
 (= $x503 (< exp!7 exp!3))))
(assert
 (let (($x501 (< |logits[1]| log!147)))
 (= $x501 (< exp!3 exp!7))))
(assert
 (let (($x512 (< log!147 log!95)))
 (= $x512 (< exp!7 exp!5))))
(assert
 (let (($x488 (< log!95 log!147)))
 (= $x488 (< exp!5 exp!7))))
(assert
 (let (($x206 (< log!147 log!147)))
 (= $x206 (< exp!7 exp!6))))
(assert
 (let (($x206 (< log!147 log!147)))
 (= $x206 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x227 (> log!147 0.0)))
 (= $x227 (> exp!7 1.0))))
(assert
 (let ((?x235 (+ 1.0 log!147)))
 (>= exp!7 ?x235)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x328 (> ?x129 0.0)))
 (=> $x328 (= exp!7 ?x129))))))))))
(assert
 (let (($x568 (< log!201 |logits[2]|)))
 (= $x568 (< exp!8 exp!1))))
(assert
 (let (($x837 (< |logits[2]| log!201)))
 (= $x837 (< exp!1 exp!8))))
(assert
 (let (($x844 (< log!201 |logits[0]|)))
 (= $x844 (< exp!8 exp!2))))
(assert
 (let (($x410 (< |logits[0]| log!201)))
 (= $x410 (< exp!2 exp!8))))
(assert
 (let (($x625 (< log!201 |logits[1]|)))
 (= $x625 (< exp!8 exp!3))))
(assert
 (let (($x552 (< |logits[1]| log!201)))
 (= $x552 (< exp!3 exp!8))))
(assert
 (let (($x438 (< log!201 log!95)))
 (= $x438 (< exp!8 exp!5))))
(assert
 (let (($x398 (< log!95 log!201)))
 (= $x398 (< exp!5 exp!8))))
(assert
 (let (($x297 (< log!201 log!147)))
 (= $x297 (< exp!8 exp!7))))
(assert
 (let (($x278 (< log!147 log!201)))
 (= $x278 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x219 (> log!201 0.0)))
 (= $x219 (> exp!8 1.0))))
(assert
 (let ((?x160 (+ 1.0 log!201)))
 (>= exp!8 ?x160)))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x125 exp!3)))
 (let ((?x276 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x294 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x294 ?x276)))
 (let (($x576 (> ?x618 0.0)))
 (=> $x576 (= exp!8 ?x618))))))))))
(assert
 (let (($x568 (< log!201 |logits[2]|)))
 (= $x568 (< exp!9 exp!1))))
(assert
 (let (($x837 (< |logits[2]| log!201)))
 (= $x837 (< exp!1 exp!9))))
(assert
 (let (($x844 (< log!201 |logits[0]|)))
 (= $x844 (< exp!9 exp!2))))
(assert
 (let (($x410 (< |logits[0]| log!201)))
 (= $x410 (< exp!2 exp!9))))
(assert
 (let (($x625 (< log!201 |logits[1]|)))
 (= $x625 (< exp!9 exp!3))))
(assert
 (let (($x552 (< |logits[1]| log!201)))
 (= $x552 (< exp!3 exp!9))))
(assert
 (let (($x438 (< log!201 log!95)))
 (= $x438 (< exp!9 exp!5))))
(assert
 (let (($x398 (< log!95 log!201)))
 (= $x398 (< exp!5 exp!9))))
(assert
 (let (($x297 (< log!201 log!147)))
 (= $x297 (< exp!9 exp!7))))
(assert
 (let (($x278 (< log!147 log!201)))
 (= $x278 (< exp!7 exp!9))))
(assert
 (let (($x251 (< log!201 log!201)))
 (= $x251 (< exp!9 exp!8))))
(assert
 (let (($x251 (< log!201 log!201)))
 (= $x251 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x219 (> log!201 0.0)))
 (= $x219 (> exp!9 1.0))))
(assert
 (let ((?x160 (+ 1.0 log!201)))
 (>= exp!9 ?x160)))
(assert
 (let ((?x125 (* 1.0 exp!2)))
(let ((?x142 (/ ?x125 exp!3)))
(let ((?x276 (+ 1.0 ?x142)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x294 (/ ?x24 exp!3)))
(let ((?x618 (+ ?x294 ?x276)))
(let (($x576 (> ?x618 0.0)))
(=> $x576 (= exp!9 ?x618))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!201 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (< 0.0 ?x129))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x510 (= 0.0 ?x129)))
 (not $x510)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x510 (= 0.0 ?x129)))
 (not $x510)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x510 (= 0.0 ?x129)))
 (not $x510)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (< 0.0 ?x129))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x510 (= 0.0 ?x129)))
 (not $x510)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x510 (= 0.0 ?x129)))
 (not $x510)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let ((?x252 (/ ?x126 ?x129)))
 (let ((?x254 (- ?x252)))
 (let ((?x212 (* 0.0 ?x254)))
 (let ((?x156 (+ 1.0 ?x254)))
 (let ((?x211 (* 0.0 ?x156)))
 (let ((?x207 (+ ?x211 ?x212)))
 (let ((?x204 (+ ?x254 ?x207)))
 (let ((?x147 (/ 1.0 exp!7)))
 (let ((?x205 (* ?x147 ?x204)))
 (let ((?x272 (* |f[2]| ?x205)))
 (let ((?x113 (- |f[2]|)))
 (let ((?x148 (/ ?x113 ?x129)))
 (let ((?x248 (* ?x126 ?x148)))
 (let ((?x242 (* ?x147 ?x248)))
 (or (and (distinct ?x242 ?x272) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!95 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!95)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!95 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!95)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!95 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!95)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!95 log!95)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!95 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!95)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x446 (< log!147 |logits[2]|)))
 (= $x446 (< exp!6 exp!1))))
(assert
 (let (($x509 (< |logits[2]| log!147)))
 (= $x509 (< exp!1 exp!6))))
(assert
 (let (($x505 (< log!147 |logits[0]|)))
 (= $x505 (< exp!6 exp!2))))
(assert
 (let (($x396 (< |logits[0]| log!147)))
 (= $x396 (< exp!2 exp!6))))
(assert
 (let (($x503 (< log!147 |logits[1]|)))
 (= $x503 (< exp!6 exp!3))))
(assert
 (let (($x501 (< |logits[1]| log!147)))
 (= $x501 (< exp!3 exp!6))))
(assert
 (let (($x512 (< log!147 log!95)))
 (= $x512 (< exp!6 exp!5))))
(assert
 (let (($x488 (< log!95 log!147)))
 (= $x488 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x227 (> log!147 0.0)))
 (= $x227 (> exp!6 1.0))))
(assert
 (let ((?x235 (+ 1.0 log!147)))
 (>= exp!6 ?x235)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x328 (> ?x129 0.0)))
 (=> $x328 (= exp!6 ?x129))))))))))
(assert
 (let (($x446 (< log!147 |logits[2]|)))
 (= $x446 (< exp!7 exp!1))))
(assert
 (let (($x509 (< |logits[2]| log!147)))
 (= $x509 (< exp!1 exp!7))))
(assert
 (let (($x505 (< log!147 |logits[0]|)))
 (= $x505 (< exp!7 exp!2))))
(assert
 (let (($x396 (< |logits[0]| log!147)))
 (= $x396 (< exp!2 exp!7))))
(assert
 (let (($x503 (< log!147 |logits[1]|)))
 (= $x503 (< exp!7 exp!3))))
(assert
 (let (($x501 (< |logits[1]| log!147)))
 (= $x501 (< exp!3 exp!7))))
(assert
 (let (($x512 (< log!147 log!95)))
 (= $x512 (< exp!7 exp!5))))
(assert
 (let (($x488 (< log!95 log!147)))
 (= $x488 (< exp!5 exp!7))))
(assert
 (let (($x206 (< log!147 log!147)))
 (= $x206 (< exp!7 exp!6))))
(assert
 (let (($x206 (< log!147 log!147)))
 (= $x206 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x227 (> log!147 0.0)))
 (= $x227 (> exp!7 1.0))))
(assert
 (let ((?x235 (+ 1.0 log!147)))
 (>= exp!7 ?x235)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x128 (/ ?x51 exp!1)))
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x126 (/ ?x125 exp!1)))
 (let ((?x513 (+ ?x126 ?x128)))
 (let ((?x129 (+ 1.0 ?x513)))
 (let (($x328 (> ?x129 0.0)))
 (=> $x328 (= exp!7 ?x129))))))))))
(assert
 (let (($x568 (< log!201 |logits[2]|)))
 (= $x568 (< exp!8 exp!1))))
(assert
 (let (($x837 (< |logits[2]| log!201)))
 (= $x837 (< exp!1 exp!8))))
(assert
 (let (($x844 (< log!201 |logits[0]|)))
 (= $x844 (< exp!8 exp!2))))
(assert
 (let (($x410 (< |logits[0]| log!201)))
 (= $x410 (< exp!2 exp!8))))
(assert
 (let (($x625 (< log!201 |logits[1]|)))
 (= $x625 (< exp!8 exp!3))))
(assert
 (let (($x552 (< |logits[1]| log!201)))
 (= $x552 (< exp!3 exp!8))))
(assert
 (let (($x438 (< log!201 log!95)))
 (= $x438 (< exp!8 exp!5))))
(assert
 (let (($x398 (< log!95 log!201)))
 (= $x398 (< exp!5 exp!8))))
(assert
 (let (($x297 (< log!201 log!147)))
 (= $x297 (< exp!8 exp!7))))
(assert
 (let (($x278 (< log!147 log!201)))
 (= $x278 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x219 (> log!201 0.0)))
 (= $x219 (> exp!8 1.0))))
(assert
 (let ((?x160 (+ 1.0 log!201)))
 (>= exp!8 ?x160)))
(assert
 (let ((?x125 (* 1.0 exp!2)))
 (let ((?x142 (/ ?x125 exp!3)))
 (let ((?x276 (+ 1.0 ?x142)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x294 (/ ?x24 exp!3)))
 (let ((?x618 (+ ?x294 ?x276)))
 (let (($x576 (> ?x618 0.0)))
 (=> $x576 (= exp!8 ?x618))))))))))
(assert
 (let (($x568 (< log!201 |logits[2]|)))
 (= $x568 (< exp!9 exp!1))))
(assert
 (let (($x837 (< |logits[2]| log!201)))
 (= $x837 (< exp!1 exp!9))))
(assert
 (let (($x844 (< log!201 |logits[0]|)))
 (= $x844 (< exp!9 exp!2))))
(assert
 (let (($x410 (< |logits[0]| log!201)))
 (= $x410 (< exp!2 exp!9))))
(assert
 (let (($x625 (< log!201 |logits[1]|)))
 (= $x625 (< exp!9 exp!3))))
(assert
 (let (($x552 (< |logits[1]| log!201)))
 (= $x552 (< exp!3 exp!9))))
(assert
 (let (($x438 (< log!201 log!95)))
 (= $x438 (< exp!9 exp!5))))
(assert
 (let (($x398 (< log!95 log!201)))
 (= $x398 (< exp!5 exp!9))))
(assert
 (let (($x297 (< log!201 log!147)))
 (= $x297 (< exp!9 exp!7))))
(assert
 (let (($x278 (< log!147 log!201)))
 (= $x278 (< exp!7 exp!9))))
(assert
 (let (($x251 (< log!201 log!201)))
 (= $x251 (< exp!9 exp!8))))
(assert
 (let (($x251 (< log!201 log!201)))
 (= $x251 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x219 (> log!201 0.0)))
 (= $x219 (> exp!9 1.0))))
(assert
 (let ((?x160 (+ 1.0 log!201)))
 (>= exp!9 ?x160)))
(assert
 (let ((?x125 (* 1.0 exp!2)))
(let ((?x142 (/ ?x125 exp!3)))
(let ((?x276 (+ 1.0 ?x142)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x294 (/ ?x24 exp!3)))
(let ((?x618 (+ ?x294 ?x276)))
(let (($x576 (> ?x618 0.0)))
(=> $x576 (= exp!9 ?x618))))))))))
(check-sat)
(pop 1)
